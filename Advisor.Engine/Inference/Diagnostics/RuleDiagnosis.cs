using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Diagnostics;

/// <summary>
/// Whether a rule matches working memory now, and if not, the pattern and condition that stop it,
/// with the values each condition saw.
/// </summary>
public sealed record RuleDiagnosis(RuleDefinition Rule, int Matches, int Fired, IReadOnlyList<PatternReport> Patterns)
{
    /// <summary>True when the rule has at least one match now.</summary>
    public bool Matched => Matches > 0;

    /// <summary>The first pattern that no partial match got through, when the rule does not match.</summary>
    public PatternReport? Blocking => Patterns.FirstOrDefault(p => p.Blocks);

    /// <summary>One sentence: what matched, or what stopped the rule.</summary>
    public string Summary => Blocking is { } blocking
        ? $"Rule '{Rule.Name}' does not match: {blocking.Reason}"
        : $"Rule '{Rule.Name}' matches {Matches} time(s) and has fired for {Fired} of them.";
}
