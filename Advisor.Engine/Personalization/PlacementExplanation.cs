namespace Advisor.Engine.Personalization;

/// <summary>
/// The plain-words sentence of a personalized item's <c>because</c>: where the ranker put it, where
/// the rules would have, and the evidence behind it. Null when the ranker had no choice about the
/// item (the rules fix its place), or neither moved it nor has evidence of the person's own about it.
/// </summary>
internal static class PlacementExplanation
{
    public static string? For(int place, int rulesPlace, int candidates, Func<bool> pinned, ExerciseLog? own, bool personHasData)
    {
        bool hasOwn = own is { Served: > 0 };
        if ((place == rulesPlace && !hasOwn) || pinned()) return null;
        string where = place == rulesPlace
            ? $"Placed {Ordinal.Of(place)} of {candidates} in this phase, as in the rules order"
            : $"Placed {Ordinal.Of(place)} of {candidates} in this phase, {Ordinal.Of(rulesPlace)} in the rules order";
        if (hasOwn) return $"{where}: {string.Join("; ", own!.Describe())}.";
        return personHasData
            ? $"{where}, from how exercises like it went for you and for people with a similar assessment."
            : $"{where}, from how it went for people with a similar assessment.";
    }
}
