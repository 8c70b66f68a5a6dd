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
/// <para>
/// At most <see cref="RankerOptions.ResidentPeople"/> personal layers are held. With a page-in
/// source (<see cref="PageInFrom"/>), the least recently ranked or taught person's layer is dropped
/// to make room and kept there, and read back when they return with the outcomes logged since (or
/// rebuilt from all their outcomes when none was kept); without one, as while the log is
/// replayed at start, no layer is dropped and, once the layers are full, a person without one
/// teaches the shared part alone, to be paged in once a source is there. Dropping a layer drops
/// memory only: the shared part keeps what the person taught it.
/// </para>
/// </summary>
public sealed class ThompsonRanker : IRanker
{
    /// <summary>What the model predicts with no evidence: the middle of the reward's range.</summary>
    private const double Baseline = 0.5;

    private readonly Lock _gate = new();
    private readonly ExerciseFeatures _exercises;
    // The resident layers, and their order of use, most recent first: an O(1) least-recently-used set.
    private readonly Dictionary<string, LinkedListNode<Resident>> _people = new(StringComparer.Ordinal);
    private readonly LinkedList<Resident> _recency = new();
    // Never taught: the prior of a person whose layer is not held, for teaching the shared part alone.
    private readonly PersonModel _nobody;
    private readonly ErasedPeople _erased = new();
    private IPersonalHistorySource? _history;
    // True once someone taught the ranker has no layer here (dropped, or not made for lack of room):
    // until then a person without a layer is a newcomer, and nothing needs to be read back.
    private bool _partial;
    private Weights _shared;
    private PopulationModel? _population;

    /// <summary>A ranker with no data over the exercises of <paramref name="catalog"/>.</summary>
    public ThompsonRanker(ExerciseCatalog catalog, RankerOptions? options = null)
    {
        Options = (options ?? new RankerOptions()).Validated();
        _exercises = new ExerciseFeatures(catalog);
        _shared = NewShared();
        _nobody = NewPerson();
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

    /// <summary>How many people have a personal layer in memory (at most <see cref="RankerOptions.ResidentPeople"/>).</summary>
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
    /// <remarks>The page-in source stays this ranker's own.</remarks>
    public void Adopt(ThompsonRanker rebuilt)
    {
        lock (rebuilt._gate)
        {
            lock (_gate)
            {
                _population = rebuilt._population;
                _shared = rebuilt._shared;
                _partial = rebuilt._partial;
                Clear();
                for (LinkedListNode<Resident>? node = rebuilt._recency.Last; node is not null; node = node.Previous)
                    Install(node.Value.Id, node.Value.Model);
            }
        }
    }

    /// <summary>
    /// From now on, rebuilds a person's dropped layer from <paramref name="source"/> when they return,
    /// and makes room for it by dropping the least recently used one. Given once the log has been
    /// replayed (at start), so that what is read back is what the shared part has learned: paged in
    /// during the replay, a person's later outcomes would be in their layer before their turn came.
    /// </summary>
    public void PageInFrom(IPersonalHistorySource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        lock (_gate) _history = source;
    }

    /// <summary>
    /// Says that someone taught may have no layer here, or one missing older outcomes: given before
    /// a replay of only the most recent outcomes, whose people may have logged before them. From then
    /// on no layer is made from a replay; a person without one is read back, with all their outcomes,
    /// from the page-in source once there is one, rather than taken for a newcomer.
    /// </summary>
    public void SomeoneMayLackALayer()
    {
        lock (_gate) _partial = true;
    }

    /// <summary>
    /// Drops everything the ranker holds about one person (their data is theirs: erasing them erases
    /// it here too), and learns nothing more of theirs: neither an outcome still waiting its turn nor
    /// a history being paged in as they were erased.
    /// </summary>
    public bool Forget(string personId)
    {
        ArgumentNullException.ThrowIfNull(personId);
        lock (_gate)
        {
            _erased.Add(personId);
            if (!_people.Remove(personId, out LinkedListNode<Resident>? node)) return false;
            _recency.Remove(node);
            return true;
        }
    }

    /// <summary>Everyone the ranker holds a personal layer for in memory.</summary>
    public IReadOnlyList<string> PersonIds()
    {
        lock (_gate) return [.. _people.Keys];
    }

    /// <summary>True when the ranker holds a personal layer for the person in memory.</summary>
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
        PersonModel? person = LayerOf(request.PersonId);
        ScoreDraws draws;
        int[] exercises;
        // Only reading the weights needs the lock; the draws are this request's own.
        lock (_gate) draws = Posterior(request, context, person, out exercises);
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
        PersonModel? person = LayerOf(request.PersonId);
        lock (_gate) draws = Posterior(request, context, person, out _);

        var probability = new double[count, count];
        var order = new int[count];
        // As in serving: a phase the fixed pairs order whole has one order, whatever the draws.
        if (draws.IsCertain || phaseOrder.IsFixed)
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
    public void Learn(string personId, Assessment assessment, Routine served, Outcome outcome, Stamp? logged = null)
    {
        ArgumentNullException.ThrowIfNull(personId);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(served);
        ArgumentNullException.ThrowIfNull(outcome);
        if (served.Status != RoutineStatus.Ok) return;
        int[] context = AssessmentFeatures.Of(assessment);
        IPersonalHistorySource? source;
        long mark;
        lock (_gate)
        {
            if (_erased.Contains(personId)) return;
            if (_people.TryGetValue(personId, out LinkedListNode<Resident>? node))
            {
                Touch(node);
                Teach(node.Value.Model, context, served, outcome, logged, shared: true, personal: true);
                return;
            }

            if (!_partial && (_history is not null || _people.Count < Options.ResidentPeople))
            {
                // A newcomer: nobody taught the ranker lacks a layer, so they have no outcome before this one.
                PersonModel person = NewPerson();
                Install(personId, person);
                Teach(person, context, served, outcome, logged, shared: true, personal: true);
                return;
            }

            if (_history is null)
            {
                // No room, and nowhere to read them back from yet: the shared part learns, their layer waits to be paged in.
                _partial = true;
                Teach(_nobody, context, served, outcome, logged, shared: true, personal: false);
                return;
            }

            source = _history;
            mark = _erased.Erasures;
        }

        // Read outside the lock; the outcome being taught is stored, so it is among those read back.
        ReadBack read = ReadBlocking(source, personId);
        lock (_gate)
        {
            if (_erased.ErasedSince(personId, mark)) return;
            // This read is the latest of the person's outcomes (they are taught one at a time), so it
            // replaces a layer another thread paged in meanwhile.
            // Known by its stamp, the outcome is taught last, to both parts at once, as a resident layer is
            // taught it; otherwise it was read back with the others, and only the shared part is left.
            bool known = logged is not null;
            PersonModel person = Build(known ? read.Without(logged!.Value) : read);
            Install(personId, person);
            Teach(person, context, served, outcome, logged, shared: true, personal: known);
        }
    }

    /// <summary>
    /// Reads the person's layer back from the page-in source if it was dropped, without blocking a
    /// thread while the source reads: what a host calls before it makes the person a routine or
    /// teaches it their outcome, so that ranking and learning, which are synchronous, find the
    /// layer in memory. Does nothing for a person whose layer is held, or who needs none read.
    /// </summary>
    public async Task ReadBackAsync(string personId, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(personId);
        IPersonalHistorySource? source;
        long mark;
        lock (_gate)
        {
            if (_erased.Contains(personId) || _people.ContainsKey(personId) || !_partial || _history is null) return;
            source = _history;
            mark = _erased.Erasures;
        }

        ReadBack read = await ReadAsync(source, personId, cancel).ConfigureAwait(false);
        lock (_gate) InstallReadBack(personId, read, mark);
    }

    /// <summary>
    /// The person's layer, paged in from the source when it was dropped; null for nobody, or for a
    /// person with no layer and no outcome (ordered as a newcomer). Reads the source outside the lock.
    /// </summary>
    private PersonModel? LayerOf(string? personId)
    {
        if (personId is null) return null;
        IPersonalHistorySource? source;
        long mark;
        lock (_gate)
        {
            if (_erased.Contains(personId)) return null;
            if (_people.TryGetValue(personId, out LinkedListNode<Resident>? node))
            {
                Touch(node);
                return node.Value.Model;
            }

            if (!_partial || _history is null) return null;
            source = _history;
            mark = _erased.Erasures;
        }

        ReadBack read = ReadBlocking(source, personId);
        lock (_gate) return InstallReadBack(personId, read, mark);
    }

    /// <summary>
    /// Under the lock, the layer read back for the person: null when they were erased while it was
    /// read (what was read is gone from the store, and goes here too); the one another thread read
    /// back meanwhile, which is as recent; or this one, installed.
    /// </summary>
    private PersonModel? InstallReadBack(string personId, ReadBack read, long mark)
    {
        if (_erased.ErasedSince(personId, mark)) return null;
        if (_people.TryGetValue(personId, out LinkedListNode<Resident>? node))
        {
            Touch(node);
            return node.Value.Model;
        }

        PersonModel person = Build(read);
        Install(personId, person);
        return person;
    }

    // Ranking and learning are synchronous, so a read back they meet blocks their thread; the host
    // reads people back ahead of them (ReadBackAsync), so that this is the exception.
    private ReadBack ReadBlocking(IPersonalHistorySource source, string personId) =>
        ReadAsync(source, personId, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>
    /// What <paramref name="source"/> holds of the person, read outside the lock and made ready to be
    /// learned under it: the layer kept when they were dropped, if one fits, and the outcomes it
    /// lacks, their features found; all their outcomes when no layer was kept.
    /// </summary>
    private async Task<ReadBack> ReadAsync(IPersonalHistorySource source, string personId, CancellationToken cancel)
    {
        PersonModel? kept = KeptLayer.Read(await source.KeptLayerOfAsync(personId, cancel).ConfigureAwait(false), NewPerson(), _exercises.Exercises.Count, _exercises.Traits);
        DateTimeOffset? from = kept?.Held.MissingFrom(Options.LateWindow);
        if (from is null) kept = null;
        Predicate<Stamp> held = kept is null ? _ => false : stamp => kept.Held.Holds(stamp, Options.LateWindow);
        var lacking = new List<Learnable>();
        foreach (PersonalOutcome logged in await source.OutcomesOfAsync(personId, from, held, cancel).ConfigureAwait(false))
        {
            if (logged.Served.Status == RoutineStatus.Ok && !held(logged.Logged))
                lacking.Add(new Learnable(AssessmentFeatures.Of(logged.Assessment), logged.Served, logged.Outcome, logged.Logged));
        }

        return new ReadBack(kept, lacking);
    }

    /// <summary>
    /// A person's layer as read back: the kept one, or a fresh one, taught the outcomes it lacks by
    /// the personal part alone, the shared part having learned them when they were first taught.
    /// </summary>
    /// <remarks>
    /// Each outcome is weighed against the shared part as it stands now, not as it stood when the
    /// outcome was first taught, so a layer rebuilt is close to the one dropped, not equal to it;
    /// a kept layer is the one dropped, exactly. The evidence (what was served, done and rated, and
    /// the pain around it) is the same.
    /// </remarks>
    private PersonModel Build(ReadBack read)
    {
        PersonModel person = read.Kept ?? NewPerson();
        foreach (Learnable logged in read.Lacking) Teach(person, logged.Context, logged.Served, logged.Outcome, logged.Logged, shared: false, personal: true);
        person.Changed = read.Kept is null || read.Lacking.Count > 0;
        return person;
    }

    /// <summary>
    /// Learns one outcome of <paramref name="person"/>'s, under the lock: every served item's predicted
    /// reward and variance sum the population model's score, the shared part and the person's layer,
    /// and the residual updates the shared part, the person's, or both.
    /// </summary>
    private void Teach(PersonModel person, int[] context, Routine served, Outcome outcome, Stamp? logged, bool shared, bool personal)
    {
        if (personal)
        {
            person.Held.Add(logged, Options.LateWindow);
            person.Changed = true;
        }

        float[]? population = _population?.ScoresFor(context);
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
                if (shared) _shared.Update(context, one, residual, variance);
                if (!personal) continue;
                person.Tastes.Update(traits, residual, variance);
                person.Offsets.Update([0], one, residual, variance);
                person.LogFor(exercise).Record(known, outcome);
            }
        }
    }

    // Most recent first; past the cap, with a source to read them back from, the least recent goes.
    private void Install(string personId, PersonModel person)
    {
        if (_people.Remove(personId, out LinkedListNode<Resident>? old)) _recency.Remove(old);
        _people[personId] = _recency.AddFirst(new Resident(personId, person));
        while (_people.Count > Options.ResidentPeople)
        {
            LinkedListNode<Resident> last = _recency.Last!;
            _recency.RemoveLast();
            _people.Remove(last.Value.Id);
            _partial = true;
            Keep(last.Value);
        }
    }

    // Only a layer that learned something since it was read back, and can say what it holds, is worth writing.
    private void Keep(Resident dropped)
    {
        PersonModel model = dropped.Model;
        if (_history is null || !model.Changed || !model.Held.Known || model.Held.Latest is not { } latest) return;
        _history.Keep(dropped.Id, KeptLayer.Write(model, _exercises.Exercises.Count, _exercises.Traits), latest);
    }

    private void Touch(LinkedListNode<Resident> node)
    {
        if (node == _recency.First) return;
        _recency.Remove(node);
        _recency.AddFirst(node);
    }

    private void Clear()
    {
        _people.Clear();
        _recency.Clear();
    }

    private PersonModel NewPerson() => new(_exercises.Exercises.Count, _exercises.Traits, Options);

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

    /// <summary>
    /// Writes the online layers (the shared part and every resident person's, least recently used
    /// first) for <see cref="ReadState"/>, and whether anyone taught lacks a layer; the population
    /// model is saved on its own.
    /// </summary>
    public void WriteState(BinaryWriter writer)
    {
        lock (_gate)
        {
            writer.Write(_exercises.Exercises.Count);
            writer.Write(_exercises.Traits);
            _shared.Write(writer);
            writer.Write(_people.Count);
            for (LinkedListNode<Resident>? node = _recency.Last; node is not null; node = node.Previous)
            {
                writer.Write(node.Value.Id);
                node.Value.Model.Write(writer);
            }

            writer.Write(_partial);
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
        var people = new List<Resident>();
        for (int n = reader.ReadInt32(); n > 0; n--)
        {
            string id = reader.ReadString();
            PersonModel person = NewPerson();
            person.Read(reader);
            // Whether the store holds it as it is now is not known: keep it when it is dropped.
            person.Changed = true;
            people.Add(new Resident(id, person));
        }

        bool partial = reader.ReadBoolean();
        lock (_gate)
        {
            _population = population;
            _shared = shared;
            Clear();
            // Saved with a larger cap: the most recently used fit, the others are paged in later.
            _partial = partial || people.Count > Options.ResidentPeople;
            foreach (Resident resident in people.Skip(Math.Max(0, people.Count - Options.ResidentPeople))) Install(resident.Id, resident.Model);
        }
    }

    private sealed record Resident(string Id, PersonModel Model);

    private sealed record Learnable(int[] Context, Routine Served, Outcome Outcome, Stamp Logged);

    private sealed record ReadBack(PersonModel? Kept, IReadOnlyList<Learnable> Lacking)
    {
        public ReadBack Without(Stamp logged) => this with { Lacking = [.. Lacking.Where(l => l.Logged.Id != logged.Id)] };
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
        // Every draw would give the same order, so each share is exactly 1.
        if (draws.IsCertain || phaseOrder.IsFixed)
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
