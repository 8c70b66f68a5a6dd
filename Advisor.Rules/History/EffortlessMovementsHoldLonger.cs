using Advisor.Engine.Outcomes;

namespace Advisor.Rules.History;

[Name("Effortless movements hold longer")]
[Description("Once a movement was rated effortless, hold each repetition 2 to 3 seconds longer, when a band cannot be added (none at hand, it already uses one, or a band cannot load it).")]
[Guideline("G25")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment)]
public sealed class EffortlessMovementsHoldLonger : Rule
{
    public const int ExtraSeconds = 3;

    public override void Define()
    {
        IEnumerable<HasEquipment> kit = null!;
        LogSummary log = null!;
        RatingHistory rating = null!;
        Candidate candidate = null!;

        When()
            .Match(() => log)
            .Match(() => rating, r => r.Latest == Rating.Effortless, r => r.LatestRoutine == log.Routines)
            .Query(() => kit, q => q.Match<HasEquipment>().Collect())
            .Match(() => candidate, c => c.ExerciseId == rating.ExerciseId,
                c => c.Exercise.Equipment.Contains(Equipment.Band) || c.Exercise.BandLoad == null || !kit.Has(Equipment.Band))
            .Not<SlowDown>();
        Then()
            .Do(ctx => ctx.Conclude(new LongerHold(candidate.ExerciseId, ExtraSeconds)))
            .Do(ctx => ctx.Conclude(new Cue(candidate.ExerciseId, "Effortless last time: hold each repetition 3 seconds longer.")));
    }
}
