using Advisor.Engine.Outcomes;

namespace Advisor.Rules.History;

[Name("Effortless movements hold longer")]
[Description("Once a movement was rated effortless, hold each repetition 2 to 3 seconds longer (without a band to add).")]
[Guideline("G25")]
[Phase(Phases.Adjustment)]
public sealed class EffortlessMovementsHoldLonger : Rule
{
    public const int ExtraSeconds = 3;

    public override void Define()
    {
        LogSummary log = null!;
        RatingLog rating = null!;
        Candidate candidate = null!;

        When()
            .Match(() => log)
            .Match(() => rating, r => r.Rating == Rating.Effortless, r => r.Routine == log.Routines)
            .Match(() => candidate, c => c.ExerciseId == rating.ExerciseId)
            .Not<SlowDown>()
            .Not<HasEquipment>(e => e.Item == Equipment.Band);
        Then()
            .Do(ctx => ctx.Insert(new LongerHold(candidate.ExerciseId, ExtraSeconds)))
            .Do(ctx => ctx.Insert(new Cue(candidate.ExerciseId, "Effortless last time: hold each repetition 3 seconds longer.")));
    }
}

[Name("Effortless movements take a light band")]
[Description("Once a movement was rated effortless and a band is at hand, add a light band.")]
[Guideline("G25")]
[Phase(Phases.Adjustment)]
public sealed class EffortlessMovementsTakeABand : Rule
{
    public override void Define()
    {
        LogSummary log = null!;
        RatingLog rating = null!;
        Candidate candidate = null!;
        HasEquipment band = null!;

        When()
            .Match(() => log)
            .Match(() => rating, r => r.Rating == Rating.Effortless, r => r.Routine == log.Routines)
            .Match(() => candidate, c => c.ExerciseId == rating.ExerciseId)
            .Not<SlowDown>()
            .Match(() => band, e => e.Item == Equipment.Band);
        Then()
            .Do(ctx => ctx.Insert(new AddBand(candidate.ExerciseId)))
            .Do(ctx => ctx.Insert(new Cue(candidate.ExerciseId, "Effortless last time: add a light band.")));
    }
}
