namespace Advisor.Rules.InactiveMuscles;

[Name("Weak muscles are strengthened progressively")]
[Description("A weak (not inactive) muscle gets progressive resistance, with rest days between sessions; a recovery day is one.")]
[Guideline("G20")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class WeakMusclesAreStrengthened : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;
        WeakMuscle weak = null!;

        When()
            .Match(() => occasion, o => o.Day != Day.Recovery)
            .Match(() => weak)
            .Not<InactiveMuscle>(i => i.Muscle == weak.Muscle);
        Then()
            .Do(ctx => ctx.ProposeAll(ctx.Tables().StrengtheningOf(weak.Muscle)
                .Select(step => Proposal.Of(step.ExerciseId, RoutinePhase.Strengthen, step.Order).Targeting(weak.Muscle).Marked(step.Line).From(step))))
            .Do(ctx => ctx.Conclude(new Reminder("Strengthening needs recovery: leave a rest day or two before working the same muscles hard again.")));
    }
}
