using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Diagnostics;

/// <summary>
/// One condition's verdicts: how many facts passed it, how many it was the first to reject, and a
/// few of the rejected facts as text (the values it saw).
/// </summary>
public sealed record ConditionReport(ConditionElement Condition, int Passed, int Failed, IReadOnlyList<string> FailedOn);
