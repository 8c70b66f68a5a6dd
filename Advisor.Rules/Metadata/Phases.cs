namespace Advisor.Rules.Metadata;

/// <summary>
/// The phases a session runs in: screening first (and it may halt everything, G1), then what the
/// answers imply, then which exercises, then how to do them.
/// </summary>
public static class Phases
{
    /// <summary>Red flags (G1).</summary>
    public const string Screening = "screening";

    /// <summary>What the answers and history imply: micro range, tight antagonists, fatigue.</summary>
    public const string Derivation = "derivation";

    /// <summary>Which exercises, in which phase of the routine.</summary>
    public const string Selection = "selection";

    /// <summary>Range, dose, cues, substitutions and exclusions.</summary>
    public const string Adjustment = "adjustment";

    /// <summary>All phases, in the order they run.</summary>
    public static IReadOnlyList<string> InOrder { get; } = [Screening, Derivation, Selection, Adjustment];
}
