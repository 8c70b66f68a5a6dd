using Advisor.Engine.Personalization;
using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;

namespace Advisor.Simulation;

/// <summary>
/// The best possible choice, for comparison: a ranker that knows each synthetic person's hidden
/// values and orders every phase by them, within the same fixed pairs as any ranker. It learns
/// nothing because it needs nothing.
/// </summary>
public sealed class BestOrderRanker(IReadOnlyList<SyntheticPerson> people) : IRanker
{
    private readonly Dictionary<string, SyntheticPerson> _people = people.ToDictionary(p => p.Id, StringComparer.Ordinal);

    /// <inheritdoc />
    public bool Enabled => true;

    /// <inheritdoc />
    public PhaseRanking Rank(RankingRequest request)
    {
        SyntheticPerson person = _people[request.PersonId ?? throw new ArgumentException("The best order needs a person.", nameof(request))];
        double[] values = request.Candidates.Select(e => person.ValueOf(e, request.Assessment)).ToArray();
        var order = new int[values.Length];
        new PhaseOrder(values.Length, request.Fixed).Fill(values, order);
        var placements = new Placement[values.Length];
        for (int place = 0; place < order.Length; place++)
        {
            int i = order[place];
            placements[i] = new Placement(new ItemPersonalization { Probability = 1, Place = place + 1, RulesPlace = i + 1, Score = values[i] }, null);
        }

        return new PhaseRanking(order, placements);
    }

    /// <inheritdoc />
    public void Learn(string personId, Assessment assessment, Routine served, Outcome outcome, Stamp? logged = null)
    {
    }
}
