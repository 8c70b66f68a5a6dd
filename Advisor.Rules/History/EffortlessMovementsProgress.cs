using Advisor.Engine.Outcomes;

namespace Advisor.Rules.History;

[Name("Effortless movements hold longer")]
[Description("Once a movement was rated effortless, hold each repetition 2 to 3 seconds longer, when a band cannot be added (none at hand, or it already uses one).")]
[Guideline("G25")]
[Phase(Phases.Adjustment)]
public sealed class EffortlessMovementsHoldLonger : Rule
{
    public const int ExtraSeconds = 3;

    public override void Define()
    {
        IReadOnlyList<HasEquipment> kit = null!;
        LogSummary log = null!;
        RatingLog rating = null!;
        Candidate candidate = null!;
        Exercise exercise = null!;

        When()
            .Collect(() => kit)
            .Match(() => log)
            .Match(() => rating, r => r.Rating == Rating.Effortless, r => r.Routine == log.Routines)
            .Match(() => candidate, c => c.ExerciseId == rating.ExerciseId)
            .Match(() => exercise, e => e.Id == candidate.ExerciseId,
                e => e.Equipment.Contains(Equipment.Band) || !kit.Any(k => k.Item == Equipment.Band))
            .Not<SlowDown>();
        Then()
            .Do(ctx => ctx.Insert(new LongerHold(exercise.Id, ExtraSeconds)))
            .Do(ctx => ctx.Insert(new Cue(exercise.Id, "Effortless last time: hold each repetition 3 seconds longer.")));
    }
}

[Name("Effortless movements take a light band")]
[Description("Once a movement was rated effortless and a band is at hand, add a light band (to a movement that has none yet).")]
[Guideline("G25")]
[Phase(Phases.Adjustment)]
public sealed class EffortlessMovementsTakeABand : Rule
{
    public override void Define()
    {
        LogSummary log = null!;
        RatingLog rating = null!;
        Candidate candidate = null!;
        Exercise exercise = null!;
        HasEquipment band = null!;

        When()
            .Match(() => log)
            .Match(() => rating, r => r.Rating == Rating.Effortless, r => r.Routine == log.Routines)
            .Match(() => candidate, c => c.ExerciseId == rating.ExerciseId)
            .Match(() => exercise, e => e.Id == candidate.ExerciseId, e => !e.Equipment.Contains(Equipment.Band))
            .Match(() => band, e => e.Item == Equipment.Band)
            .Not<SlowDown>();
        Then()
            .Do(ctx => ctx.Insert(new AddBand(exercise.Id)))
            .Do(ctx => ctx.Insert(new Cue(exercise.Id, "Effortless last time: add a light band.")));
    }
}
