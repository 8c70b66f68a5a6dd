global using Advisor.Engine.Assessments;
global using Advisor.Engine.Catalog;
global using Advisor.Engine.Facts;
global using Advisor.Engine.Outcomes;
global using Advisor.Engine.Routines;
global using Advisor.Rules.Metadata;
global using Advisor.Rules.Runtime;
global using NRules.Fluent.Dsl;
