using Advisor.Engine.Outcomes;

namespace Advisor.Rules.History;

[Name("Effortless movements take a light band")]
[Description("Once a movement was rated effortless and a band is at hand, add a light band where a band can load it (data/band-loads.csv) and it has none yet, saying how.")]
[Guideline("G25")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment)]
public sealed class EffortlessMovementsTakeABand : Rule
{
    public override void Define()
    {
        LogSummary log = null!;
        RatingHistory rating = null!;
        Candidate candidate = null!;
        HasEquipment band = null!;

        When()
            .Match(() => log)
            .Match(() => rating, r => r.Latest == Rating.Effortless, r => r.LatestRoutine == log.Routines)
            .Match(() => candidate, c => c.ExerciseId == rating.ExerciseId, c => !c.Exercise.Equipment.Contains(Equipment.Band), c => c.Exercise.BandLoad != null)
            .Match(() => band, e => e.Item == Equipment.Band)
            .Not<SlowDown>();
        Then()
            .Do(ctx => ctx.Conclude(new AddBand(candidate.ExerciseId)))
            .Do(ctx => ctx.Conclude(new Cue(candidate.ExerciseId, "Effortless last time: add a light band: " + candidate.Exercise.BandLoad + ".")));
    }
}
