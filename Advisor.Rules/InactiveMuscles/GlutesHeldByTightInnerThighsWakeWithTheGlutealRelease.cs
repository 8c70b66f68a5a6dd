namespace Advisor.Rules.InactiveMuscles;

[Name("Glutes held back by tight inner thighs wake with the Gluteal Release")]
[Description("When tight inner thighs keep the glutes inactive, the Gluteal Release activates them with external rotation, first among their activations, once the internal hip rotators are released: contract up, release down, small before big.")]
[Guideline("G14")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class GlutesHeldByTightInnerThighsWakeWithTheGlutealRelease : Rule
{
    /// <summary>WAKE's own activation for glutes held back by the inner thighs: it opens the activation, before the Back Lift.</summary>
    private const int FirstForThisCause = Ranks.Opener;

    public override void Define()
    {
        TightAntagonist innerThighs = null!;

        When()
            .Match(() => innerThighs, a => a.Inactive == Muscle.Glutes, a => a.Tight == Muscle.InnerThighs);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("gluteal-release", RoutinePhase.Activate, FirstForThisCause).Targeting(Muscle.Glutes).Marked(Line.FirstLine)));
    }
}
