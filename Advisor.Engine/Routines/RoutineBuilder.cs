using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Documents;
using Advisor.Engine.Facts;
using Advisor.Engine.Reasoning;

namespace Advisor.Engine.Routines;

/// <summary>
/// Turns the rules' conclusions into the contract's routine: one proposal per exercise (its
/// earliest phase), doses adjusted, fitted to the minutes (G41), ordered by phase (G17) and rank,
/// each item citing the rules behind it (G42). It decides nothing the rules did not conclude. With
/// a ranker, each phase's drafts are first put in the person's order within what the rules fix
/// (<see cref="PersonalOrder"/>).
/// </summary>
internal sealed class RoutineBuilder(ExerciseCatalog catalog, IConclusions session, Assessment assessment, IRanker? ranker = null, string? personId = null)
{
    /// <summary>The reason a personalized item adds: its order was learned from the person's log (G26), within what G41 leaves open.</summary>
    public static readonly Reason PersonalizedOrder = new("Personalized order", ["G26", "G41"]);

    private readonly Dictionary<Type, object> _byExercise = [];
    private IReadOnlyDictionary<string, Placement> _placements = new Dictionary<string, Placement>();

    public Routine Build(string routineId)
    {
        IReadOnlyList<Referral> referrals = session.Query<Referral>().OrderBy(r => r.Flag).ToArray();
        if (referrals.Count > 0) return Refer(routineId, referrals);

        var excluded = InRuleOrder(session.Query<Excluded>(), e => e.ExerciseId + "\n" + e.Reason)
            .GroupBy(e => e.ExerciseId).ToDictionary(g => g.Key, g => g.First());
        var tooLong = new List<Omission>();
        IReadOnlyList<Draft> drafts = Drafts(excluded, tooLong);
        var prerequisites = session.Query<Prerequisite>()
            .GroupBy(p => p.ExerciseId).ToDictionary(g => g.Key, g => g.Select(p => p.Requires).ToList());
        IReadOnlyList<Draft> rulesDrafts = drafts;
        if (ranker is not null) (drafts, _placements) = PersonalOrder.Apply(ranker, drafts, prerequisites, StepSequences.Of(catalog), assessment, routineId, personId);
        TimeLimit? limit = session.Query<TimeLimit>().Where(t => t.Minutes < assessment.Minutes).MinBy(t => t.Minutes);
        int budget = (limit?.Minutes ?? assessment.Minutes) * 60;
        (List<Draft> chosen, List<Omission> cut) = ranker is null
            ? MinutesFit.Choose(drafts, prerequisites, budget)
            : PersonalFit.Choose(rulesDrafts, drafts, prerequisites, budget);
        // Slowing down means doing less (G5): no extra rounds, and each item one repetition fewer in the same time.
        if (session.Query<SlowDown>().Count > 0) chosen = chosen.Select(d => d with { Dose = d.Dose.Slowed() }).ToList();
        else chosen = Rounds.Fill(chosen, budget, session.Query<SetCount>().Select(s => s.ExerciseId).ToHashSet(StringComparer.Ordinal));

        // Equal ranks keep the drafts' order: by exercise id from the rules, or the person's order.
        var proposed = drafts.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var phases = chosen
            .OrderBy(d => d.Phase).ThenBy(d => d.Rank).ThenBy(d => proposed[d.Id])
            .GroupBy(d => d.Phase)
            .Select(g => new PhasePlan(g.Key, g.Select(Item).ToArray()))
            .ToArray();
        var omitted = excluded.Values.Select(Omission).Concat(tooLong).Concat(cut).ToArray();
        return new Routine
        {
            RoutineId = routineId,
            Status = RoutineStatus.Ok,
            Message = Message(phases, limit, budget),
            Phases = phases,
            Schedule = Schedule(excluded, Unreleased(drafts, prerequisites), phases, chosen),
            IntervalMinutes = session.Query<DeskInterval>().Select(i => (int?)i.Minutes).Min(),
            TotalSeconds = phases.Sum(p => p.Items.Sum(i => i.Seconds)),
            Reminders = InRuleOrder(session.Query<Reminder>(), r => r.Text).Select(r => r.Text).ToArray(),
            Omitted = omitted,
        };
    }

    private IReadOnlyList<Draft> Drafts(Dictionary<string, Excluded> excluded, List<Omission> tooLong)
    {
        var severity = assessment.PainPoints.ToDictionary(p => p.Region, p => p.Severity);
        var reported = assessment.InactiveMuscles.Concat(assessment.TightMuscles).Concat(assessment.WeakMuscles).ToHashSet();
        // Releasing a tight antagonist also serves the inactive muscle it holds back (G12, G14, G15).
        var holdsBack = session.Query<TightAntagonist>().ToLookup(a => a.Tight, a => a.Inactive);
        IEnumerable<Muscle> Reach(Muscle target) => holdsBack[target].Append(target);
        // Named keys only (phase, rank, id): the order facts were concluded in must not show.
        return session.Query<Candidate>()
            .Where(c => !excluded.ContainsKey(c.ExerciseId))
            .GroupBy(c => c.ExerciseId)
            .Select(g =>
            {
                Exercise exercise = catalog[g.Key];
                Candidate first = g.OrderBy(c => c.Phase).ThenBy(c => c.Rank).ThenBy(c => c.Target).ThenBy(c => c.Serves).First();
                int serves = g.Where(c => c.Serves is not null).Select(c => severity.GetValueOrDefault(c.Serves!.Value)).DefaultIfEmpty(0).Max();
                // The reasons an item cites follow the rules that proposed it, in the agenda's order.
                Candidate[] proposals = g.OrderBy(Precedence).ThenBy(c => c.Phase).ThenBy(c => c.Rank).ThenBy(c => c.Target).ThenBy(c => c.Serves).ToArray();
                int worksOn = g.Where(c => c.Target is not null).SelectMany(c => Reach(c.Target!.Value)).Distinct().Count(reported.Contains);
                bool implied = g.Any(c => c.Target is not null);
                int named = g.Where(c => c.Target is not null).Select(c => c.Target!.Value).Distinct().Count(reported.Contains);
                ItemDose? dose = Dose(exercise);
                if (dose is null) tooLong.Add(new Omission(exercise.Id, "one repetition takes longer than a desk set may last (under 30 seconds)", ["G10"]));
                return dose is null ? null : new Draft(exercise, first, proposals, dose, serves, worksOn, implied, named);
            })
            .OfType<Draft>()
            .OrderBy(d => d.Phase).ThenBy(d => d.Rank).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();
    }

    private ItemDose? Dose(Exercise exercise) => ItemDose.From(
        exercise,
        Facts<SetCount>(exercise.Id, s => s.ExerciseId).Select(s => (int?)s.Sets).Max(),
        Facts<LongerHold>(exercise.Id, h => h.ExerciseId).Select(h => h.Seconds).DefaultIfEmpty(0).Max(),
        Facts<RestAfter>(exercise.Id, r => r.ExerciseId).Select(r => r.Seconds).DefaultIfEmpty(0).Max(),
        Facts<SetLimit>(exercise.Id, l => l.ExerciseId).Select(l => (int?)l.Seconds).Min());

    private RoutineItem Item(Draft draft)
    {
        Exercise exercise = draft.Exercise;
        string id = exercise.Id;
        bool micro = Facts<MicroVersion>(id, m => m.ExerciseId).Any();
        bool small = !micro && Facts<SmallVersion>(id, s => s.ExerciseId).Any();
        bool band = Facts<AddBand>(id, b => b.ExerciseId).Any();
        IEnumerable<object> because = draft.Proposals.Cast<object>()
            .Concat(Facts<MicroVersion>(id, m => m.ExerciseId))
            .Concat(small ? Facts<SmallVersion>(id, s => s.ExerciseId) : [])
            .Concat(Facts<LongerHold>(id, h => h.ExerciseId))
            .Concat(Facts<AddBand>(id, b => b.ExerciseId))
            .Concat(Facts<SetCount>(id, s => s.ExerciseId))
            .Concat(ShapedByHistory(draft));
        IReadOnlyList<Reason> reasons = Reasons.Of(session, because);
        Placement? placement = _placements.GetValueOrDefault(id);
        if (placement?.Explanation is { } sentence) reasons = [.. reasons, PersonalizedOrder with { Detail = sentence }];
        return new RoutineItem
        {
            ExerciseId = id,
            Name = exercise.Name,
            Range = micro ? Range.Micro : small ? Range.Small : Range.Full,
            Sets = draft.Dose.Sets,
            Reps = draft.Dose.Reps,
            HoldSeconds = draft.Dose.HoldSeconds,
            Seconds = draft.Dose.Seconds,
            BothSides = exercise.OneSided,
            Cues = Cues(draft),
            Because = reasons,
            Instructions = exercise.Instructions,
            Equipment = band && !exercise.Equipment.Contains(Equipment.Band) ? [.. exercise.Equipment, Equipment.Band] : exercise.Equipment,
            Position = exercise.Position,
            Serves = MostSevere(draft),
            Personalization = placement?.Personalization,
        };
    }

    /// <summary>The most severe pain point a rule proposed the draft for; the earlier-reported one on a tie.</summary>
    private Region? MostSevere(Draft draft)
    {
        var served = draft.Proposals.Where(c => c.Serves is not null).Select(c => c.Serves!.Value).ToHashSet();
        return assessment.PainPoints.Where(p => served.Contains(p.Region)).OrderByDescending(p => p.Severity).Select(p => (Region?)p.Region).FirstOrDefault();
    }

    /// <summary>
    /// Conclusions that shape every item they reach rather than one exercise: a range growing back
    /// in the item's region (G4), a slower pace (G5), the desk interval for desk breaks (G21).
    /// </summary>
    private IEnumerable<object> ShapedByHistory(Draft draft)
    {
        foreach (RangeGrowth growth in session.Query<RangeGrowth>().Where(g => draft.Exercise.Regions.Contains(g.Region))) yield return growth;
        foreach (SlowDown slow in session.Query<SlowDown>()) yield return slow;
        if (draft.Phase != RoutinePhase.Desk) yield break;
        foreach (DeskInterval interval in session.Query<DeskInterval>()) yield return interval;
    }

    /// <summary>The conclusions of type <typeparamref name="T"/> about one exercise; each type is queried once per build.</summary>
    private IEnumerable<T> Facts<T>(string exerciseId, Func<T, string> idOf)
    {
        if (!_byExercise.TryGetValue(typeof(T), out object? lookup))
        {
            _byExercise[typeof(T)] = lookup = session.Query<T>().ToLookup(idOf, StringComparer.Ordinal);
        }

        return ((ILookup<string, T>)lookup)[exerciseId];
    }

    /// <summary>
    /// The cues for an item, in the order a person reads them: the opener's first, then by the
    /// guidance's phases of a session. A release count (G6) shows only when the item keeps the
    /// repetitions to count over.
    /// </summary>
    private string[] Cues(Draft draft)
    {
        string id = draft.Id;
        IEnumerable<(object Fact, string Text)> cues = Facts<Cue>(id, c => c.ExerciseId).Select(c => ((object)c, c.Text));
        if (draft.Dose.Reps >= ReleaseCount.LeastRepetitions)
            cues = cues.Concat(Facts<ReleaseCount>(id, c => c.ExerciseId).Select(c => ((object)c, c.Text)));
        return cues.OrderBy(c => Precedence(c.Fact)).ThenBy(c => c.Text, StringComparer.Ordinal).Select(c => c.Text).Distinct().ToArray();
    }

    /// <summary>Conclusions in the order of the rules that concluded them (<see cref="GuidanceRule.Precedence"/>), then by <paramref name="key"/>.</summary>
    private IEnumerable<T> InRuleOrder<T>(IEnumerable<T> facts, Func<T, string> key) where T : notnull =>
        facts.OrderBy(f => Precedence(f)).ThenBy(key, StringComparer.Ordinal);

    /// <summary>The precedence of the first rule on the agenda that concluded <paramref name="fact"/>.</summary>
    private int Precedence(object fact) => Reasons.Precedence(session, fact);

    /// <summary>Exercises none of whose prerequisites the rules left in (G17): they cannot be done in order today.</summary>
    private static HashSet<string> Unreleased(IReadOnlyList<Draft> drafts, IReadOnlyDictionary<string, List<string>> prerequisites)
    {
        var offered = drafts.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return prerequisites.Where(p => !p.Value.Any(offered.Contains)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The workday template (G24), without what a rule left out for this person or what cannot come
    /// in order (G17). Each movement carries its dose and range: one round of a routine item, otherwise the
    /// catalog's dose under the same range rules as an item (G2, G3, G4), and a movement that cannot
    /// be made small enough for the pain is left out of the schedule as it would be out of the routine.
    /// </summary>
    private IReadOnlyList<ScheduleSlot>? Schedule(IReadOnlyDictionary<string, Excluded> excluded, IReadOnlySet<string> unreleased, IReadOnlyList<PhasePlan> phases, IReadOnlyList<Draft> chosen)
    {
        IReadOnlyList<ScheduleEntry> entries = session.Query<ScheduleEntry>();
        if (entries.Count == 0) return null;
        var items = phases.SelectMany(p => p.Items).GroupBy(i => i.ExerciseId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var doses = chosen.ToDictionary(d => d.Id, d => d.Dose, StringComparer.Ordinal);
        var movements = new Dictionary<string, ScheduledMovement?>(StringComparer.Ordinal);
        ScheduledMovement? Movement(string id) =>
            movements.TryGetValue(id, out ScheduledMovement? known) ? known : movements[id] = items.TryGetValue(id, out RoutineItem? item) ? Scheduled(item, doses[id]) : Scheduled(catalog[id]);
        return entries.Where(e => !excluded.ContainsKey(e.ExerciseId) && !unreleased.Contains(e.ExerciseId)).GroupBy(e => e.When).OrderBy(g => g.Key)
            .Select(g => (When: g.Key, Movements: g.OrderBy(e => e.Order).Select(e => e.ExerciseId).Distinct().Select(Movement).OfType<ScheduledMovement>().ToArray()))
            .Where(s => s.Movements.Length > 0)
            .Select(s => new ScheduleSlot(s.When, s.Movements.Select(m => m.ExerciseId).ToArray()) { Movements = s.Movements })
            .ToArray();
    }

    /// <summary>
    /// One round of a routine item: a slot is one micro-break (G10, G21), where the item's rounds
    /// fill the minutes of a whole session.
    /// </summary>
    private static ScheduledMovement Scheduled(RoutineItem item, ItemDose dose)
    {
        ItemDose round = dose with { Sets = 1 };
        return new ScheduledMovement
        {
            ExerciseId = item.ExerciseId, Range = item.Range, Sets = round.Sets, Reps = round.Reps, HoldSeconds = round.HoldSeconds, Seconds = round.Seconds,
        };
    }

    /// <summary>A scheduled movement that is not a routine item, or null when the pain or a desk set's length rules it out (G2, G3, G10).</summary>
    private ScheduledMovement? Scheduled(Exercise exercise)
    {
        // The same conditions the range rules put on a candidate (MicroRangeShrinksTheMovement, NoMicroVersionLeavesItOut, SmallRangeGrowsTheMovementBack).
        bool micro = session.Query<MicroRange>().Any(r => r.Region is null || exercise.Regions.Contains(r.Region.Value));
        if (micro && !exercise.MicroCapable) return null;
        bool small = !micro && exercise.MicroCapable && session.Query<SmallRange>().Any(r => exercise.Regions.Contains(r.Region));
        ItemDose? dose = Dose(exercise);
        if (dose is null) return null;
        return new ScheduledMovement
        {
            ExerciseId = exercise.Id,
            Range = micro ? Range.Micro : small ? Range.Small : Range.Full,
            Sets = dose.Sets, Reps = dose.Reps, HoldSeconds = dose.HoldSeconds, Seconds = dose.Seconds,
        };
    }

    private Omission Omission(Excluded excluded)
    {
        IReadOnlyList<Reason> reasons = Reasons.Of(session, [excluded]);
        return new Omission(excluded.ExerciseId, excluded.Reason, reasons.SelectMany(r => r.Guidelines).Distinct().ToArray());
    }

    private string Message(IReadOnlyList<PhasePlan> phases, TimeLimit? limit, int budgetSeconds)
    {
        var parts = new List<string>
        {
            phases.Count == 0
                ? "Nothing fits this assessment yet; try more minutes or other equipment."
                : $"Your routine: {string.Join(", then ", phases.Select(p => Kebab.Name(p.Phase)))}.",
        };
        if (session.Query<MicroRange>().Any(m => m.Region is null))
            parts.Add("Every movement is in its micromovement version today: an inch or two, just as slowly.");
        if (session.Query<SlowDown>().Count > 0)
            parts.Add("Slow down even further today and do less; there is no goal to reach.");
        if (limit is not null)
        {
            Reason why = Reasons.Of(session, [limit]).First();
            parts.Add($"Today is kept to {limit.Minutes} minutes of your {assessment.Minutes}: {why.Rule} ({string.Join(", ", why.Guidelines)}).");
        }
        int seconds = phases.Sum(p => p.Items.Sum(i => i.Seconds));
        // Rounds fill the minutes up to each item's most sets (Rounds.Fill); past that, more would be quantity over quality.
        if (phases.Count > 0 && seconds < budgetSeconds * 2 / 3)
            parts.Add($"That is what the guidance has for you today: about {Math.Max(1, (int)Math.Round(seconds / 60.0))} of the {budgetSeconds / 60} minutes; "
                + "more rounds would be quantity over quality (G10, G41).");
        parts.Add("Stop and seek advice if anything causes sharp pain or dizziness.");
        return string.Join(" ", parts);
    }

    private static Routine Refer(string routineId, IReadOnlyList<Referral> referrals) => new()
    {
        RoutineId = routineId,
        Status = RoutineStatus.Refer,
        Message = "Please pause: you reported " + string.Join(", ", referrals.Select(r => Kebab.Name(r.Flag)))
            + ". Consult a health professional before doing these movements; no routine is given today.",
        Phases = [],
        TotalSeconds = 0,
    };
}
