using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;

namespace Advisor.UnitTests.Personalization;

/// <summary>Random scores, ordered within the fixed pairs: any order a ranker may give.</summary>
internal sealed class ShufflingRanker(int seed) : IRanker
{
    private readonly Random _random = new(seed);

    public bool Enabled => true;

    public PhaseRanking Rank(RankingRequest request)
    {
        var order = Enumerable.Range(0, request.Candidates.Count).ToList();
        // Repeatedly take a random candidate whose fixed predecessors are placed.
        var placed = new List<int>();
        while (order.Count > 0)
        {
            var ready = order.Where(i => request.Fixed.All(f => f.After != i || placed.Contains(f.Before))).ToArray();
            int next = ready[_random.Next(ready.Length)];
            placed.Add(next);
            order.Remove(next);
        }

        return PersonalOrderTests.Ranked(placed, request.Candidates.Count);
    }

    public void Learn(string personId, Assessment assessment, Routine served, Outcome outcome, Stamp? logged = null)
    {
    }
}
