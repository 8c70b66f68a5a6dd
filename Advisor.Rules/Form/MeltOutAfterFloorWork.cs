namespace Advisor.Rules.Form;

[Name("Melt out after floor work")]
[Description("After a floor exercise, several seconds of melting into the floor before the next.")]
[Guideline("G7")]
[Phase(Phases.Adjustment)]
public sealed class MeltOutAfterFloorWork : Rule
{
    public const int MeltSeconds = 10;

    public override void Define()
    {
        Candidate candidate = null!;
        Exercise exercise = null!;

        When()
            .Match(() => candidate)
            .Match(() => exercise, e => e.Id == candidate.ExerciseId, e => e.Position == Position.Floor);
        Then()
            .Do(ctx => ctx.Insert(new RestAfter(exercise.Id, MeltSeconds)))
            .Do(ctx => ctx.Insert(new Cue(exercise.Id, "Afterwards, rest and melt into the floor for several seconds before the next movement.")));
    }
}
