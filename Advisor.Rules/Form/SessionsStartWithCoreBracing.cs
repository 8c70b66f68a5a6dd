namespace Advisor.Rules.Form;

[Name("A session starts with core bracing")]
[Description("Every session starts with the core-bracing cue to set the spine.")]
[Guideline("G11")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection + Priorities.Sooner)]
public sealed class SessionsStartWithCoreBracing : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;

        When()
            .Match(() => occasion);
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of("transverse-abdominal-bracing", RoutinePhase.WarmUp, Ranks.Opener)))
            .Do(ctx => ctx.Conclude(new Cue("transverse-abdominal-bracing", "Start here: brace your deep core gently to set your spine before anything else.")));
    }
}
