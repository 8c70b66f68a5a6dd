namespace Advisor.Rules.Form;

[Name("Melt out after floor work")]
[Description("After a floor exercise, several seconds of melting into the floor before the next.")]
[Guideline("G7")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment)]
public sealed class MeltOutAfterFloorWork : Rule
{
    public const int MeltSeconds = 10;

    public override void Define()
    {
        Candidate candidate = null!;

        When()
            .Match(() => candidate, c => c.Exercise.Position == Position.Floor);
        Then()
            .Do(ctx => ctx.Conclude(new RestAfter(candidate.ExerciseId, MeltSeconds)))
            .Do(ctx => ctx.Conclude(new Cue(candidate.ExerciseId, "Afterwards, rest and melt into the floor for several seconds before the next movement.")));
    }
}
