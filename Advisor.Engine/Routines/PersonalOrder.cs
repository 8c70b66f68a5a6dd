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
        var placements = new Dictionary<string, Placement>(drafts.Count, StringComparer.Ordinal);
        foreach (int[] slots in PhaseSlots(drafts))
        {
            // The rules' order within a phase, as the builder lays a routine out: by rank, then as proposed.
            Draft[] rulesOrder = new Draft[slots.Length];
            for (int i = 0; i < slots.Length; i++) rulesOrder[i] = drafts[slots[i]];
            Array.Sort(slots.Select(s => (drafts[s].Rank, s)).ToArray(), rulesOrder);
            RoutinePhase phase = rulesOrder[0].Phase;
            IReadOnlyList<Precedence> fixedPairs = FixedPairs(phase, rulesOrder, prerequisites, sequences);
            var candidates = new Exercise[rulesOrder.Length];
            for (int i = 0; i < rulesOrder.Length; i++) candidates[i] = rulesOrder[i].Exercise;
            var request = new RankingRequest(routineId, personId, assessment, phase, candidates, fixedPairs);
            PhaseRanking ranking = Checked(ranker.Rank(request), request);

            for (int place = 0; place < rulesOrder.Length; place++)
            {
                int chosen = ranking.Order[place];
                Draft draft = rulesOrder[chosen];
                reordered[slots[place]] = draft.Rank == rulesOrder[place].Rank ? draft : draft with { Rank = rulesOrder[place].Rank };
                placements[draft.Id] = ranking.Placements[chosen];
            }
        }

        return (reordered, placements);
    }

    /// <summary>Each phase's positions in <paramref name="drafts"/>, ascending, the phases in the order they first appear.</summary>
    private static List<int[]> PhaseSlots(IReadOnlyList<Draft> drafts)
    {
        var byPhase = new List<(RoutinePhase Phase, List<int> Slots)>(4);
        for (int i = 0; i < drafts.Count; i++)
        {
            int at = byPhase.FindIndex(p => p.Phase == drafts[i].Phase);
            if (at < 0) byPhase.Add((drafts[i].Phase, [i]));
            else byPhase[at].Slots.Add(i);
        }

        return byPhase.ConvertAll(p => p.Slots.ToArray());
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
        int count = rulesOrder.Count;
        var pairs = new bool[count, count];
        for (int i = 0; i < count && rulesOrder[i].Rank == 0; i++)
        {
            for (int j = i + 1; j < count; j++) pairs[i, j] = true;
        }

        for (int k = 0; k < count; k++)
        {
            if (!rulesOrder[k].FirstLine) continue;
            for (int i = 0; i < k; i++) pairs[i, k] = true;
            for (int j = k + 1; j < count; j++) pairs[k, j] = true;
        }

        var lastOfMuscle = new Dictionary<Muscle, int>();
        for (int i = 0; i < count; i++)
        {
            foreach (Muscle muscle in rulesOrder[i].Proposals.Where(c => c.Phase == phase && c.Target is not null).Select(c => c.Target!.Value).Distinct().Where(m => sequences.IsFixed(phase, m)))
            {
                if (lastOfMuscle.TryGetValue(muscle, out int previous)) pairs[previous, i] = true;
                lastOfMuscle[muscle] = i;
            }
        }

        for (int i = 0; i < count; i++)
        {
            if (!prerequisites.TryGetValue(rulesOrder[i].Id, out List<string>? required)) continue;
            foreach (string id in required)
            {
                int j = IndexOf(rulesOrder, id);
                if (j >= 0 && j != i) pairs[Math.Min(i, j), Math.Max(i, j)] = true;
            }
        }

        var fixedPairs = new List<Precedence>();
        for (int i = 0; i < count; i++)
        {
            for (int j = i + 1; j < count; j++)
            {
                if (pairs[i, j]) fixedPairs.Add(new Precedence(i, j));
            }
        }

        return fixedPairs;
    }

    private static int IndexOf(IReadOnlyList<Draft> drafts, string id)
    {
        for (int i = 0; i < drafts.Count; i++)
        {
            if (string.Equals(drafts[i].Id, id, StringComparison.Ordinal)) return i;
        }

        return -1;
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
