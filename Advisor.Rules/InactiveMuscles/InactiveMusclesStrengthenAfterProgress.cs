namespace Advisor.Rules.InactiveMuscles;

[Name("An inactive muscle is strengthened only after progress")]
[Description("A muscle that is weak and inactive is released and activated first; strengthening starts once activation has gone well twice.")]
[Guideline("G17")]
[Guideline("G20")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class InactiveMusclesStrengthenAfterProgress : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;
        WeakMuscle weak = null!;
        ActivationProgress progress = null!;

        When()
            .Match(() => occasion, o => o.Day != Day.Recovery)
            .Match(() => weak)
            .Match(() => progress, p => p.Muscle == weak.Muscle);
        Then()
            .Do(ctx => ctx.ProposeAll(ctx.Tables().StrengtheningOf(weak.Muscle)
                .Select(step => Proposal.Of(step.ExerciseId, RoutinePhase.Strengthen, step.Order).Targeting(weak.Muscle).Marked(step.Line).From(step))));
    }
}
