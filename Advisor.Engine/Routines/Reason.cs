namespace Advisor.Engine.Routines;

/// <summary>One reason an item is in the routine: the rule and the guidelines it encodes (G42).</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="Guidelines">The guideline ids it encodes.</param>
public sealed record Reason(string Rule, IReadOnlyList<string> Guidelines)
{
    /// <summary>More about this reason in plain words, when the rule's name does not say it all (the personalized order says what it learned); absent otherwise.</summary>
    public string? Detail { get; init; }
}
