namespace Advisor.Rules.InactiveMuscles;

[Name("Glutes held back by tight inner thighs wake with the Gluteal Release")]
[Description("When tight inner thighs keep the glutes inactive, the Gluteal Release activates them with external rotation after the Back Lift's leg lift, once the internal hip rotators are released: contract up, release down, small before big.")]
[Guideline("G14")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class GlutesHeldByTightInnerThighsWakeWithTheGlutealRelease : Rule
{
    /// <summary>WAKE names it "the other exercise" that activates the gluteus maximus: after the Back Lift, the table's first step.</summary>
    private const int AfterTheBackLift = 2;

    public override void Define()
    {
        TightAntagonist innerThighs = null!;

        When()
            .Match(() => innerThighs, a => a.Inactive == Muscle.Glutes, a => a.Tight == Muscle.InnerThighs);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("gluteal-release", RoutinePhase.Activate, AfterTheBackLift).Targeting(Muscle.Glutes).Marked(Line.FirstLine)));
    }
}
