using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Advisor.Engine.Personalization;

/// <summary>
/// The personalizing ranker: a contextual bandit over the rules' candidates, by Thompson sampling on
/// a Bayesian linear model of each item's reward (<see cref="OutcomeReward"/>).
/// <para>
/// An item's expected reward is 0.5 plus a shared part, whose weights cross the assessment's
/// features (setting, day, pain regions and severity, conditions, inactive and tight muscles) with
/// the exercise's (id, kind, position, regions, equipment, duration), plus the person's own part,
/// whose weights cross the exercise's features with a constant and the setting. Each weight has an
/// independent Gaussian posterior. To order a phase, each candidate's score is drawn from its
/// posterior (mean and variance summed over its weights) and the phase is ordered by score within
/// the rules' fixed pairs. A model that has learned nothing adds neither mean nor variance, so with
/// no data every score is zero and the rules' order stands, with probability 1.
/// </para>
/// <para>
/// Learning updates every active weight of the served items once per outcome: microseconds, and
/// deterministic, so replaying the log rebuilds the model exactly. Safe to share across threads:
/// ranking and learning take a lock for the microseconds they read or write the weights.
/// </para>
/// </summary>
public sealed class ThompsonRanker : IRanker
{
    /// <summary>What the model predicts with no evidence: the middle of the reward's range.</summary>
    private const double Baseline = 0.5;

    private readonly Lock _gate = new();
    private readonly ExerciseFeatures _exercises;
    private readonly Weights _shared;
    private readonly Dictionary<string, PersonModel> _people = new(StringComparer.Ordinal);

    /// <summary>A ranker with no data over the exercises of <paramref name="catalog"/>.</summary>
    public ThompsonRanker(ExerciseCatalog catalog, RankerOptions? options = null)
    {
        Options = (options ?? new RankerOptions()).Validated();
        _exercises = new ExerciseFeatures(catalog);
        _shared = new Weights(AssessmentFeatures.Count, _exercises.Count, Options.SharedPriorVariance);
    }

    /// <summary>The settings.</summary>
    public RankerOptions Options { get; }

    /// <inheritdoc />
    public bool Enabled => Options.Enabled;

    /// <summary>Served items learned from, over everyone.</summary>
    public long ItemsLearned
    {
        get
        {
            lock (_gate) return _shared.Observations;
        }
    }

    /// <inheritdoc />
    public PhaseRanking Rank(RankingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        int count = request.Candidates.Count;
        var phaseOrder = new PhaseOrder(count, request.Fixed);
        var mean = new double[count];
        var spread = new double[count];
        var logs = new ExerciseLog?[count];
        bool personHasData;
        int[] context = AssessmentFeatures.Of(request.Assessment);
        int[] personal = AssessmentFeatures.PersonalOf(request.Assessment);
        lock (_gate)
        {
            PersonModel? person = request.PersonId is null ? null : _people.GetValueOrDefault(request.PersonId);
            personHasData = person?.Weights.HasData == true;
            for (int i = 0; i < count; i++)
            {
                int exercise = _exercises.IndexOf(request.Candidates[i].Id);
                if (exercise < 0) continue;
                int[] features = _exercises.Of(exercise);
                double m = 0, v = 0;
                if (_shared.HasData) _shared.Add(context, features, ref m, ref v);
                if (personHasData) person!.Weights.Add(personal, features, ref m, ref v);
                mean[i] = m;
                spread[i] = Math.Sqrt(v);
                logs[i] = person?.LogOf(exercise);
            }
        }

        var order = new int[count];
        var probability = Draw(request, phaseOrder, mean, spread, order);
        var placements = new Placement[count];
        for (int place = 0; place < count; place++)
        {
            int i = order[place];
            var personalization = new ItemPersonalization
            {
                Probability = Math.Round(probability[i], 4),
                Place = place + 1,
                RulesPlace = i + 1,
                Score = Math.Round(Math.Clamp(Baseline + mean[i], 0, 1), 4),
            };
            placements[i] = new Placement(personalization, PlacementExplanation.For(place + 1, i + 1, count, logs[i], personHasData));
        }

        return new PhaseRanking(order, placements);
    }

    /// <inheritdoc />
    public void Learn(string personId, Assessment assessment, Routine served, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(personId);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(served);
        ArgumentNullException.ThrowIfNull(outcome);
        if (served.Status != RoutineStatus.Ok) return;
        int[] context = AssessmentFeatures.Of(assessment);
        int[] personal = AssessmentFeatures.PersonalOf(assessment);
        lock (_gate)
        {
            if (!_people.TryGetValue(personId, out PersonModel? person))
                _people[personId] = person = new PersonModel(_exercises.Count, Options.PersonalPriorVariance);
            foreach (PhasePlan phase in served.Phases)
            {
                foreach (RoutineItem item in phase.Items)
                {
                    int exercise = _exercises.IndexOf(item.ExerciseId);
                    if (exercise < 0) continue;
                    Exercise known = _exercises.Exercises[exercise];
                    int[] features = _exercises.Of(exercise);
                    double predicted = 0, variance = Options.NoiseVariance;
                    _shared.Add(context, features, ref predicted, ref variance);
                    person.Weights.Add(personal, features, ref predicted, ref variance);
                    double residual = OutcomeReward.For(known, outcome) - Baseline - predicted;
                    _shared.Update(context, features, residual, variance);
                    person.Weights.Update(personal, features, residual, variance);
                    person.LogFor(exercise).Record(known, outcome);
                }
            }
        }
    }

    /// <summary>True when both rankers hold exactly the same model: the shared weights, and every person's weights and evidence.</summary>
    internal bool SameModelAs(ThompsonRanker other)
    {
        lock (_gate)
        {
            lock (other._gate)
            {
                return _shared.SameAs(other._shared) && _people.Count == other._people.Count
                    && _people.All(p => other._people.TryGetValue(p.Key, out PersonModel? o) && p.Value.SameAs(o));
            }
        }
    }

    /// <summary>
    /// Orders the phase by one draw from the posterior, and estimates each candidate's probability
    /// of the place it got as the share of all <see cref="RankerOptions.Draws"/> draws (the served one
    /// included) that put it there. With no uncertainty there is nothing to draw: the order is
    /// certain.
    /// </summary>
    private double[] Draw(RankingRequest request, PhaseOrder phaseOrder, double[] mean, double[] spread, int[] order)
    {
        int count = mean.Length;
        var probability = new double[count];
        if (spread.All(s => s == 0))
        {
            phaseOrder.Fill(mean, order);
            Array.Fill(probability, 1.0);
            return probability;
        }

        int draws = Options.Draws;
        var noise = new double[count * draws];
        Normal.Samples(new Xoshiro256StarStar(StableHash.Of(Options.Seed, request.RoutineId, (int)request.Phase), threadSafe: false), noise, 0, 1);
        var scores = new double[count];
        var drawn = new int[count];
        var matches = new int[count];
        for (int d = 0; d < draws; d++)
        {
            for (int i = 0; i < count; i++) scores[i] = mean[i] + spread[i] * noise[d * count + i];
            phaseOrder.Fill(scores, d == 0 ? order : drawn);
            if (d == 0)
            {
                for (int place = 0; place < count; place++) matches[order[place]]++;
                continue;
            }

            for (int place = 0; place < count; place++)
            {
                if (drawn[place] == order[place]) matches[order[place]]++;
            }
        }

        for (int i = 0; i < count; i++) probability[i] = (double)matches[i] / draws;
        return probability;
    }
}
