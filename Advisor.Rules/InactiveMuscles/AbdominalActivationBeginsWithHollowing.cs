namespace Advisor.Rules.InactiveMuscles;

[Name("Abdominal activation begins with Arch & Flatten")]
[Description("Always begin with Arch & Flatten: hollowing the belly engages the transverse abdominis.")]
[Guideline("G16")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class AbdominalActivationBeginsWithHollowing : Rule
{
    public override void Define()
    {
        InactiveMuscle abdominals = null!;

        When()
            .Match(() => abdominals, m => m.Muscle == Muscle.Abdominals);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("arch-and-flatten", RoutinePhase.Activate, Ranks.Opener).Targeting(Muscle.Abdominals).Marked(Line.FirstLine)))
            .Do(ctx => ctx.Conclude(new Cue("arch-and-flatten", "As the back flattens, hollow your belly: this wakes the deep transverse abdominis.")));
    }
}
