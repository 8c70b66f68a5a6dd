using Advisor.Engine.Inference;
using Advisor.Engine.Inference.Fluent;
using Advisor.Engine.Inference.Runtime;

namespace Advisor.Tests.Inference;

public sealed record Inactive(string Muscle);
public sealed record Tight(string Muscle);
public sealed record Release(string Exercise, string Muscle);
public sealed record Blocked(string Muscle);

[Name("Inactive glutes mean tight hip flexors")]
[Guideline("G12")]
public sealed class InactiveGlutes : Rule
{
    public override void Define()
    {
        Inactive glutes = null!;
        When().Match(() => glutes, m => m.Muscle == "glutes");
        Then().Do(ctx => ctx.Insert(new Tight("hip-flexors")));
    }
}

public sealed class TightMeansRelease : Rule
{
    public override void Define()
    {
        Tight tight = null!;
        When().Match(() => tight).Not<Blocked>(b => b.Muscle == tight.Muscle);
        Then().Do(ctx => ctx.Insert(new Release("release-" + tight.Muscle, tight.Muscle)));
    }
}

public class SmokeTests
{
    [Fact]
    public void Chains_and_explains()
    {
        var factory = new RuleRepository().Add<InactiveGlutes>().Add<TightMeansRelease>().Compile();
        var session = factory.CreateSession();
        var input = new Inactive("glutes");
        session.Insert(input);
        Assert.Equal(2, session.Fire());
        var release = Assert.Single(session.Query<Release>());
        Assert.Equal("release-hip-flexors", release.Exercise);
        Assert.Equal([input], session.Explain(release).Givens());
        var diagnosis = session.WhyNot("TightMeansRelease");
        Assert.True(diagnosis.Matched);
        session.Insert(new Blocked("hip-flexors"));
        var blocked = session.WhyNot("TightMeansRelease");
        Assert.False(blocked.Matched);
        Assert.Contains("Blocked", blocked.Summary);
    }
}
