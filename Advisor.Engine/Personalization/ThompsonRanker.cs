using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization.Population;
using Advisor.Engine.Routines;

namespace Advisor.Engine.Personalization;

/// <summary>
/// The personalizing ranker: a contextual bandit over the rules' candidates, by Thompson sampling on
/// a Bayesian linear model of each item's reward (<see cref="OutcomeReward"/>).
/// <para>
/// An item's expected reward starts from the population model's score for this context and
/// exercise (<see cref="PopulationModel"/>, trained in the background from everyone's outcomes;
/// 0.5 until there is one), plus three parts learned online. The shared part, learned from everyone, has
/// one weight per (assessment feature, exercise) pair, the assessment's features being its setting,
/// day, pain regions with their severity, conditions, and inactive and tight muscles: it is what
/// worked for people like them. The person's tastes have one weight per exercise trait (kind,
/// position, regions moved, equipment, duration). The person's offset has one weight per exercise.
/// The posterior is Gaussian and factorized into blocks: each shared weight and each offset on its
/// own, the tastes with a full covariance. Learning conditions it on each served item's reward and
/// projects it back onto that form (assumed density filtering), touching only the item's weights.
/// </para>
/// <para>
/// To order a phase, each candidate's score is drawn from its posterior (mean and variance summed
/// over its weights, the tastes' covariances included) and the phase is ordered by score within
/// the rules' fixed pairs. A block that has learned nothing adds neither mean nor variance, so with
/// no data every score is zero and the rules' order stands, with probability 1; a newcomer is
/// ordered by the shared part alone.
/// </para>
/// <para>
/// Learning is deterministic, so replaying the log rebuilds the model exactly. Safe to share across
/// threads: ranking and learning take a lock for the microseconds they read or write the weights.
/// </para>
/// </summary>
public sealed class ThompsonRanker : IRanker
{
    /// <summary>What the model predicts with no evidence: the middle of the reward's range.</summary>
    private const double Baseline = 0.5;

    private readonly Lock _gate = new();
    private readonly ExerciseFeatures _exercises;
    private readonly Dictionary<string, PersonModel> _people = new(StringComparer.Ordinal);
    private Weights _shared;
    private PopulationModel? _population;

    /// <summary>A ranker with no data over the exercises of <paramref name="catalog"/>.</summary>
    public ThompsonRanker(ExerciseCatalog catalog, RankerOptions? options = null)
    {
        Options = (options ?? new RankerOptions()).Validated();
        _exercises = new ExerciseFeatures(catalog);
        _shared = NewShared();
    }

    /// <summary>The settings.</summary>
    public RankerOptions Options { get; }

    /// <inheritdoc />
    public bool Enabled => Options.Enabled;

    /// <summary>Served items learned from, over everyone, since the population model last changed.</summary>
    public long ItemsLearned
    {
        get
        {
            lock (_gate) return _shared.Observations;
        }
    }

    /// <summary>The population model every score starts from, or null before one was trained.</summary>
    public PopulationModel? Population
    {
        get
        {
            lock (_gate) return _population;
        }
    }

    /// <summary>How many people have a personal layer.</summary>
    public int People
    {
        get
        {
            lock (_gate) return _people.Count;
        }
    }

    /// <summary>
    /// Puts <paramref name="population"/> under every score, atomically between two requests. The
    /// online shared part is cleared: it learned what the previous population model missed, and the
    /// new one was trained on those same outcomes, so keeping it would count them twice. The
    /// personal layers stay: they hold what no population model can know about a person.
    /// </summary>
    public void UsePopulation(PopulationModel? population)
    {
        lock (_gate)
        {
            _population = population;
            _shared = NewShared();
        }
    }

    /// <summary>
    /// Takes over everything <paramref name="rebuilt"/> holds (its population model and online
    /// layers), atomically between two requests: how a ranker rebuilt in the background over a new
    /// population model replaces the live one. <paramref name="rebuilt"/> must not be used afterwards.
    /// </summary>
    public void Adopt(ThompsonRanker rebuilt)
    {
        lock (rebuilt._gate)
        {
            lock (_gate)
            {
                _population = rebuilt._population;
                _shared = rebuilt._shared;
                _people.Clear();
                foreach ((string id, PersonModel person) in rebuilt._people) _people[id] = person;
            }
        }
    }

    /// <summary>Drops everything the ranker holds about one person (their data is theirs: erasing them erases it here too).</summary>
    public bool Forget(string personId)
    {
        lock (_gate) return _people.Remove(personId);
    }

    /// <summary>Everyone the ranker holds a personal layer for.</summary>
    public IReadOnlyList<string> PersonIds()
    {
        lock (_gate) return [.. _people.Keys];
    }

    /// <summary>True when the ranker holds a personal layer for the person.</summary>
    public bool Knows(string personId)
    {
        lock (_gate) return _people.ContainsKey(personId);
    }

    /// <inheritdoc />
    public PhaseRanking Rank(RankingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        int[] context = AssessmentFeatures.Of(request.Assessment);
        var phaseOrder = new PhaseOrder(request.Candidates.Count, request.Fixed);
        lock (_gate)
        {
            PersonModel? person = request.PersonId is null ? null : _people.GetValueOrDefault(request.PersonId);
            ScoreDraws draws = Posterior(request, context, person, out int[] exercises);
            var order = new int[exercises.Length];
            double[] probability = Draw(request, phaseOrder, draws, order);
            var placements = new Placement[order.Length];
            for (int place = 0; place < order.Length; place++)
            {
                int i = order[place];
                var personalization = new ItemPersonalization
                {
                    Probability = Math.Round(probability[i], 4),
                    Place = place + 1,
                    RulesPlace = i + 1,
                    Score = Math.Round(Math.Clamp(Baseline + draws.Mean[i], 0, 1), 4),
                };
                placements[i] = Placement.Deferred(personalization, Explain(person, exercises[i], place + 1, i + 1, phaseOrder));
            }

            return new PhaseRanking(order, placements);
        }
    }

    /// <summary>
    /// For offline evaluation with this ranker as the policy under evaluation: P[i, t], the
    /// probability that it puts candidate i of <paramref name="request"/> at place t + 1, estimated
    /// as the share of <see cref="RankerOptions.Draws"/> fresh draws from its current posterior that
    /// do (exactly 1 or 0 when nothing is uncertain). Rows and columns each sum to 1. Give it the
    /// logged item's request and read the logged place, to get the target probability
    /// <see cref="OffPolicyEstimate"/> needs.
    /// </summary>
    public double[,] PlaceProbabilities(RankingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        int count = request.Candidates.Count;
        int[] context = AssessmentFeatures.Of(request.Assessment);
        var phaseOrder = new PhaseOrder(count, request.Fixed);
        ScoreDraws draws;
        lock (_gate)
        {
            PersonModel? person = request.PersonId is null ? null : _people.GetValueOrDefault(request.PersonId);
            draws = Posterior(request, context, person, out _);
        }

        var probability = new double[count, count];
        var order = new int[count];
        if (draws.IsCertain)
        {
            phaseOrder.Fill(draws.Mean, order);
            for (int place = 0; place < count; place++) probability[order[place], place] = 1;
            return probability;
        }

        int times = Options.Draws;
        var noise = new double[count * times];
        // Its own stream, so these draws are not the ones that served the routine.
        GaussianNoise.Fill(noise, StableHash.Of(Options.Seed, request.RoutineId, -1 - (int)request.Phase));
        var scores = new double[count];
        for (int d = 0; d < times; d++)
        {
            draws.Fill(noise.AsSpan(d * count, count), scores);
            phaseOrder.Fill(scores, order);
            for (int place = 0; place < count; place++) probability[order[place], place] += 1.0 / times;
        }

        return probability;
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
        lock (_gate)
        {
            float[]? population = _population?.ScoresFor(context);
            if (!_people.TryGetValue(personId, out PersonModel? person))
                _people[personId] = person = new PersonModel(_exercises.Exercises.Count, _exercises.Traits, Options);
            foreach (PhasePlan phase in served.Phases)
            {
                foreach (RoutineItem item in phase.Items)
                {
                    int exercise = _exercises.IndexOf(item.ExerciseId);
                    if (exercise < 0) continue;
                    Exercise known = _exercises.Exercises[exercise];
                    int[] traits = _exercises.TraitsOf(exercise);
                    ReadOnlySpan<int> one = [exercise];
                    double predicted = population is null ? 0 : population[exercise] - Baseline, variance = Options.NoiseVariance;
                    _shared.Add(context, one, ref predicted, ref variance);
                    person.Tastes.Add(traits, ref predicted, ref variance);
                    person.Offsets.Add([0], one, ref predicted, ref variance);
                    double residual = OutcomeReward.For(known, outcome) - Baseline - predicted;
                    _shared.Update(context, one, residual, variance);
                    person.Tastes.Update(traits, residual, variance);
                    person.Offsets.Update([0], one, residual, variance);
                    person.LogFor(exercise).Record(known, outcome);
                }
            }
        }
    }

    /// <summary>
    /// Each candidate's posterior score: the sums of the means and variances of its weights, the
    /// person's only once they have data, the shared ones only once anyone has. Unknown exercises
    /// get index -1 and no evidence.
    /// </summary>
    private ScoreDraws Posterior(RankingRequest request, int[] context, PersonModel? person, out int[] exercises)
    {
        int count = request.Candidates.Count;
        bool personal = person?.HasData == true;
        float[]? population = _population?.ScoresFor(context);
        var mean = new double[count];
        var variance = new double[count];
        exercises = new int[count];
        for (int i = 0; i < count; i++)
        {
            int exercise = exercises[i] = _exercises.IndexOf(request.Candidates[i].Id);
            if (exercise < 0) continue;
            double m = population is null ? 0 : population[exercise] - Baseline, v = 0;
            if (_shared.HasData) _shared.Add(context, [exercise], ref m, ref v);
            if (personal)
            {
                person!.Tastes.Add(_exercises.TraitsOf(exercise), ref m, ref v);
                person.Offsets.Add([0], [exercise], ref m, ref v);
            }

            mean[i] = m;
            variance[i] = v;
        }

        return new ScoreDraws(mean, variance, Options.Exploration);
    }

    /// <summary>
    /// The explanation of a placement, composed when the routine asks for it (only kept items need
    /// one), under the lock, since it reads the person's evidence.
    /// </summary>
    private Func<string?> Explain(PersonModel? person, int exercise, int place, int rulesPlace, PhaseOrder phaseOrder) => () =>
    {
        lock (_gate)
        {
            ExerciseLog? own = exercise < 0 ? null : person?.LogOf(exercise);
            return PlacementExplanation.For(place, rulesPlace, phaseOrder.Count, () => phaseOrder.IsPinned(rulesPlace - 1), own, person?.HasData == true);
        }
    };

    /// <summary>Writes the online layers (the shared part and every person's) for <see cref="ReadState"/>; the population model is saved on its own.</summary>
    public void WriteState(BinaryWriter writer)
    {
        lock (_gate)
        {
            writer.Write(_exercises.Exercises.Count);
            writer.Write(_exercises.Traits);
            _shared.Write(writer);
            writer.Write(_people.Count);
            foreach ((string id, PersonModel person) in _people.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write(id);
                person.Write(writer);
            }
        }
    }

    /// <summary>
    /// Replaces the online layers with those <see cref="WriteState"/> wrote, over the population model
    /// they were learned with; fails, changing nothing, when they do not fit this catalog.
    /// </summary>
    public void ReadState(BinaryReader reader, PopulationModel? population)
    {
        if (reader.ReadInt32() != _exercises.Exercises.Count || reader.ReadInt32() != _exercises.Traits)
            throw new InvalidDataException("The saved ranker state was made for another catalog.");
        Weights shared = NewShared();
        shared.Read(reader);
        var people = new Dictionary<string, PersonModel>(StringComparer.Ordinal);
        for (int n = reader.ReadInt32(); n > 0; n--)
        {
            string id = reader.ReadString();
            var person = new PersonModel(_exercises.Exercises.Count, _exercises.Traits, Options);
            person.Read(reader);
            people[id] = person;
        }

        lock (_gate)
        {
            _population = population;
            _shared = shared;
            _people.Clear();
            foreach ((string id, PersonModel person) in people) _people[id] = person;
        }
    }

    private Weights NewShared() => new(AssessmentFeatures.Count, _exercises.Exercises.Count, Options.SharedPriorVariance);

    /// <summary>
    /// Orders the phase by one draw from the posterior, and estimates each candidate's probability
    /// of the place it got as the share of all <see cref="RankerOptions.Draws"/> draws (the served one
    /// and fresh ones) that put it there. With no uncertainty there is nothing to draw: the order is
    /// certain.
    /// </summary>
    private double[] Draw(RankingRequest request, PhaseOrder phaseOrder, ScoreDraws draws, int[] order)
    {
        int count = order.Length;
        var probability = new double[count];
        if (draws.IsCertain)
        {
            phaseOrder.Fill(draws.Mean, order);
            Array.Fill(probability, 1.0);
            return probability;
        }

        int times = Options.Draws;
        var noise = new double[count * times];
        GaussianNoise.Fill(noise, StableHash.Of(Options.Seed, request.RoutineId, (int)request.Phase));
        var scores = new double[count];
        var drawn = new int[count];
        var matches = new int[count];
        draws.Fill(noise.AsSpan(0, count), scores);
        phaseOrder.Fill(scores, order);
        for (int d = 1; d < times; d++)
        {
            draws.Fill(noise.AsSpan(d * count, count), scores);
            phaseOrder.Fill(scores, drawn);
            for (int place = 0; place < count; place++)
            {
                if (drawn[place] == order[place]) matches[order[place]]++;
            }
        }

        for (int i = 0; i < count; i++) probability[i] = (1.0 + matches[i]) / times;
        return probability;
    }
}
