using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Runtime;

/// <summary>A condition compiled to test a match tuple, kept with its source for reports.</summary>
internal sealed record CompiledCondition(ConditionElement Element, Func<object?[], bool> Test);
