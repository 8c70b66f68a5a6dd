using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Compilation;

/// <summary>How compiled sessions run.</summary>
public sealed record SessionOptions
{
    /// <summary>The phases (agenda groups) in the order they run; every rule's phase must be listed.</summary>
    public IReadOnlyList<string> Phases { get; init; } = [RuleDefinition.DefaultPhase];

    /// <summary>
    /// How many rules one <c>Fire()</c> may fire before it stops with an exception naming the rule
    /// that fired most: a rule that keeps re-activating itself would otherwise never stop.
    /// </summary>
    public int FiringLimit { get; init; } = 10_000;
}
