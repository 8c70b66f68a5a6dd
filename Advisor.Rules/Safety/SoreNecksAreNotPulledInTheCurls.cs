namespace Advisor.Rules.Safety;

[Name("With a sore neck, the curls never pull on the head")]
[Description("With neck pain, every Arch & Curl lets the hands only cradle the head: the curl comes from the abdomen, never from pulling on the neck.")]
[Guideline("G3")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment)]
public sealed class SoreNecksAreNotPulledInTheCurls : Rule
{
    /// <summary>The curl family (G15, G16) all put the hands behind the head.</summary>
    private const string CurlFamily = "arch-and-curl";

    public override void Define()
    {
        PainPoint neck = null!;
        Candidate curl = null!;

        When()
            .Match(() => neck, p => p.Region == Region.Neck, p => p.Severity > 0)
            .Match(() => curl, c => c.ExerciseId.EndsWith(CurlFamily));
        Then()
            .Do(ctx => ctx.Conclude(new Cue(curl.ExerciseId,
                "Your neck is sore: let your hands only cradle your head and do not pull on it; the curl comes from your belly, and a smaller curl is fine.")));
    }
}
