global using Advisor.Engine.Assessments;
global using Advisor.Engine.Catalog;
global using Advisor.Engine.Facts;
global using Advisor.Engine.Inference.Fluent;
global using Advisor.Engine.Routines;
