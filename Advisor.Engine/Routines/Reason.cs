namespace Advisor.Engine.Routines;

/// <summary>One reason an item is in the routine: the rule and the guidelines it encodes (G42).</summary>
public sealed record Reason(string Rule, IReadOnlyList<string> Guidelines);
