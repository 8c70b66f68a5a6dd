namespace Advisor.Engine.Routines;

/// <summary>
/// Chooses what fits the minutes (G41): safety is settled before (what the rules excluded never
/// comes here), then order (G17: a draft comes only with one of its prerequisites, the release
/// of the tight antagonist before an activation), then the person's most severe or reported
/// problem, then the rest (<see cref="Draft.Importance"/>). The opening core bracing (G11) and the
/// first step of the most important chain are kept whatever the minutes, each shrunk to as little
/// as one repetition when it must be; any other draft that does not fit whole may keep at least
/// half its repetitions. Shrinking takes away sets and repetitions, never seconds from a
/// repetition. What is left out is said, with why.
/// </summary>
internal static class MinutesFit
{
    public static (List<Draft> Chosen, List<Omission> Cut) Choose(
        IReadOnlyList<Draft> drafts, IReadOnlyDictionary<string, List<string>> prerequisites, int budgetSeconds)
    {
        var byId = drafts.ToDictionary(d => d.Id);
        var ordered = drafts.OrderBy(d => d.Importance).ToList();
        var chosen = new Dictionary<string, Draft>();
        var cut = new List<Omission>();
        int used = 0;

        List<Draft> Available(Draft draft) => prerequisites.TryGetValue(draft.Id, out List<string>? required)
            ? required.Where(byId.ContainsKey).Select(id => byId[id]).OrderBy(d => d.Importance).ToList()
            : [draft];

        Draft? opener = ordered.FirstOrDefault(d => d.IsOpener);
        // The chain's first step: the most important draft's own first step, its release when it needs one.
        Draft? head = ordered.Where(d => !d.IsOpener).Select(FirstStep).FirstOrDefault(d => d is not null);
        int openerLeast = opener?.Dose.Least.Seconds ?? 0;
        if (head?.Dose.ShrunkTo(budgetSeconds - openerLeast, 1) is { } headLeast)
        {
            if (opener is not null) Keep(opener, opener.Dose.ShrunkTo(budgetSeconds - headLeast.Seconds, 1)!);
            Keep(head, head.Dose.ShrunkTo(budgetSeconds - used, 1)!);
        }

        foreach (Draft draft in ordered)
        {
            if (chosen.ContainsKey(draft.Id)) continue;
            if (Needed(draft) is not { } needed)
            {
                cut.Add(new Omission(draft.Id, "the release that must come before it is not possible in this routine", ["G17"]));
                continue;
            }

            int neededSeconds = needed.Sum(d => d.Dose.Seconds);
            int least = draft.IsOpener ? 1 : (draft.Dose.Sets * draft.Dose.Reps + 1) / 2;
            ItemDose? fitted = draft.Dose.ShrunkTo(budgetSeconds - used - neededSeconds, least);
            if (fitted is null)
            {
                cut.Add(new Omission(draft.Id, $"left out to fit {budgetSeconds / 60} minutes; more important items came first", ["G41"]));
                continue;
            }

            foreach (Draft prerequisite in needed) Keep(prerequisite, prerequisite.Dose);
            Keep(draft, fitted);
        }

        return (chosen.Values.ToList(), cut.Where(c => !chosen.ContainsKey(c.ExerciseId)).ToList());

        // Back along the prerequisites (integration, activation, release) to a draft that needs none.
        Draft? FirstStep(Draft draft)
        {
            for (int depth = 0; depth < drafts.Count && prerequisites.ContainsKey(draft.Id); depth++)
            {
                if (Available(draft).FirstOrDefault() is not { } before) return null;
                draft = before;
            }

            return prerequisites.ContainsKey(draft.Id) ? null : draft;
        }

        // What must come with a draft: back along its first prerequisites until one is already chosen
        // (an integration brings its activation, and that its release); null when a step is impossible.
        List<Draft>? Needed(Draft draft)
        {
            var needed = new List<Draft>();
            for (int depth = 0; depth < drafts.Count && prerequisites.ContainsKey(draft.Id); depth++)
            {
                List<Draft> available = Available(draft);
                if (available.Count == 0) return null;
                if (available.Any(d => chosen.ContainsKey(d.Id))) break;
                draft = available[0];
                needed.Add(draft);
            }

            return needed;
        }

        void Keep(Draft draft, ItemDose dose)
        {
            chosen[draft.Id] = draft with { Dose = dose };
            used += dose.Seconds;
        }
    }
}
