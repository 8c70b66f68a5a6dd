using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Documents;

namespace Advisor.Engine.Routines;

/// <summary>
/// Lets a ranker order each phase's drafts, within what the rules fix, before the routine is fitted
/// to the minutes. The ranker sees one phase at a time, in the rules' order; its answer must be a
/// permutation that keeps the fixed pairs, or the build fails. The phase's ranks are then handed out
/// again in the ranker's order, so the fit to the minutes (G41) reads the personal order where the
/// rules' ranks used to be, after the opener and the most severe pain point as before, and an order
/// equal to the rules' changes nothing.
/// </summary>
internal static class PersonalOrder
{
    /// <summary>The drafts with each phase reordered in place, and each draft's placement by exercise id.</summary>
    public static (IReadOnlyList<Draft> Drafts, IReadOnlyDictionary<string, Placement> Placements) Apply(
        IRanker ranker, IReadOnlyList<Draft> drafts, IReadOnlyDictionary<string, List<string>> prerequisites, StepSequences sequences,
        Assessment assessment, string routineId, string? personId)
    {
        var reordered = drafts.ToArray();
        var placements = new Dictionary<string, Placement>(StringComparer.Ordinal);
        var position = drafts.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        foreach (IGrouping<RoutinePhase, Draft> phase in drafts.GroupBy(d => d.Phase))
        {
            // The rules' order within a phase, as the builder lays a routine out: by rank, then as proposed.
            Draft[] rulesOrder = phase.OrderBy(d => d.Rank).ThenBy(d => position[d.Id]).ToArray();
            IReadOnlyList<Precedence> fixedPairs = FixedPairs(phase.Key, rulesOrder, prerequisites, sequences);
            var request = new RankingRequest(routineId, personId, assessment, phase.Key, rulesOrder.Select(d => d.Exercise).ToArray(), fixedPairs);
            PhaseRanking ranking = Checked(ranker.Rank(request), request);

            int[] slots = phase.Select(d => position[d.Id]).Order().ToArray();
            for (int place = 0; place < rulesOrder.Length; place++)
            {
                int chosen = ranking.Order[place];
                Draft draft = rulesOrder[chosen];
                reordered[slots[place]] = draft with { Rank = rulesOrder[place].Rank };
                placements[draft.Id] = ranking.Placements[chosen];
            }
        }

        return (reordered, placements);
    }

    /// <summary>
    /// The pairs whose order the rules fix within a phase, by index in the rules' order:
    /// <list type="bullet">
    /// <item>a rank-0 proposal opens its phase (G11: core bracing opens the session; G16: hollowing opens abdominal activation);</item>
    /// <item>the steps for one muscle keep the guidance's sequence where it prescribes one (<see cref="StepSequences"/>: G14, G16);</item>
    /// <item>a prerequisite and what needs it keep their order (G17);</item>
    /// <item>a first-line proposal keeps its place against every other candidate, so the ranker orders only the interchangeable ones, in the places between.</item>
    /// </list>
    /// </summary>
    internal static IReadOnlyList<Precedence> FixedPairs(
        RoutinePhase phase, IReadOnlyList<Draft> rulesOrder, IReadOnlyDictionary<string, List<string>> prerequisites, StepSequences sequences)
    {
        var pairs = new SortedSet<(int, int)>();
        for (int i = 0; i < rulesOrder.Count && rulesOrder[i].Rank == 0; i++)
        {
            for (int j = i + 1; j < rulesOrder.Count; j++) pairs.Add((i, j));
        }

        for (int k = 0; k < rulesOrder.Count; k++)
        {
            if (!rulesOrder[k].FirstLine) continue;
            for (int i = 0; i < k; i++) pairs.Add((i, k));
            for (int j = k + 1; j < rulesOrder.Count; j++) pairs.Add((k, j));
        }

        var lastOfMuscle = new Dictionary<Muscle, int>();
        for (int i = 0; i < rulesOrder.Count; i++)
        {
            foreach (Muscle muscle in rulesOrder[i].Proposals.Where(c => c.Phase == phase && c.Target is not null).Select(c => c.Target!.Value).Distinct().Where(m => sequences.IsFixed(phase, m)))
            {
                if (lastOfMuscle.TryGetValue(muscle, out int previous)) pairs.Add((previous, i));
                lastOfMuscle[muscle] = i;
            }
        }

        var index = rulesOrder.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        for (int i = 0; i < rulesOrder.Count; i++)
        {
            if (!prerequisites.TryGetValue(rulesOrder[i].Id, out List<string>? required)) continue;
            foreach (string id in required)
            {
                if (index.TryGetValue(id, out int j) && j != i) pairs.Add((Math.Min(i, j), Math.Max(i, j)));
            }
        }

        return pairs.Select(p => new Precedence(p.Item1, p.Item2)).ToArray();
    }

    /// <summary>The ranker's answer, when it is a permutation of the candidates that keeps every fixed pair.</summary>
    private static PhaseRanking Checked(PhaseRanking ranking, RankingRequest request)
    {
        int count = request.Candidates.Count;
        var place = new int[count];
        Array.Fill(place, -1);
        bool valid = ranking.Order.Count == count && ranking.Placements.Count == count;
        for (int p = 0; valid && p < count; p++)
        {
            int i = ranking.Order[p];
            valid = i >= 0 && i < count && place[i] < 0;
            if (valid) place[i] = p;
        }

        if (valid && request.Fixed.All(f => place[f.Before] < place[f.After])) return ranking;
        throw new InvalidOperationException(
            $"The ranker's order for {Kebab.Name(request.Phase)} is not a permutation of its {count} candidates that keeps the rules' fixed pairs; the rules' bounds are not negotiable.");
    }
}
