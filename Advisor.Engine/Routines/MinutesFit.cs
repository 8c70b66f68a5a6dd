namespace Advisor.Engine.Routines;

/// <summary>
/// Chooses what fits the minutes (G41): drafts in order of importance, each only with one of its
/// prerequisites (G17: no activation without a release of the tight antagonist before it). A draft
/// that does not fit whole may be kept with fewer repetitions; what is left out is said, with why.
/// </summary>
internal static class MinutesFit
{
    public static (List<Draft> Chosen, List<Omission> Cut) Choose(
        IReadOnlyList<Draft> drafts, IReadOnlyDictionary<string, List<string>> prerequisites, int budgetSeconds)
    {
        var byId = drafts.ToDictionary(d => d.Id);
        var chosen = new Dictionary<string, Draft>();
        var cut = new List<Omission>();
        int used = 0;
        foreach (Draft draft in drafts.OrderBy(d => d.Importance))
        {
            if (chosen.ContainsKey(draft.Id)) continue;
            List<Draft> needed = [];
            if (prerequisites.TryGetValue(draft.Id, out List<string>? required))
            {
                var available = required.Where(byId.ContainsKey).Select(id => byId[id]).OrderBy(d => d.Importance).ToList();
                if (available.Count == 0)
                {
                    cut.Add(new Omission(draft.Id, "the release that must come before it is not possible in this routine", ["G17"]));
                    continue;
                }

                if (!available.Any(d => chosen.ContainsKey(d.Id))) needed.Add(available[0]);
            }

            int neededSeconds = needed.Sum(d => d.Dose.Seconds);
            Draft? fitted = Fit(draft, budgetSeconds - used - neededSeconds);
            if (fitted is null)
            {
                cut.Add(new Omission(draft.Id, $"left out to fit {budgetSeconds / 60} minutes; more important items came first", ["G41"]));
                continue;
            }

            foreach (Draft prerequisite in needed) chosen[prerequisite.Id] = prerequisite;
            chosen[draft.Id] = fitted;
            used += neededSeconds + fitted.Dose.Seconds;
        }

        return (chosen.Values.ToList(), cut.Where(c => !chosen.ContainsKey(c.ExerciseId)).ToList());
    }

    private static Draft? Fit(Draft draft, int seconds) =>
        draft.Dose.Seconds <= seconds ? draft
        : draft.Dose.ShrunkTo(seconds) is { } smaller ? draft with { Dose = smaller }
        : null;
}
