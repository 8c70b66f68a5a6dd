using Advisor.Rules.Metadata;
using Advisor.Rules.Runtime;
using NRules.Fluent.Dsl;

namespace Advisor.UnitTests.Rules;

/// <summary>A counter that a looping rule keeps raising.</summary>
public sealed record Tick(int Count);

[Name("Ticks forever")]
[Description("Each tick brings the next one: a rule set that never ends.")]
[Guideline("G1")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class TicksForever : Rule
{
    public override void Define()
    {
        Tick tick = null!;
        When().Match(() => tick);
        Then().Do(ctx => ctx.Conclude(new Tick(tick.Count + 1)));
    }
}

[Name("Misplaced in its band")]
[Description("Says it is a screening rule but has a selection priority.")]
[Guideline("G1")]
[Phase(Phases.Screening)]
[Priority(Priorities.Selection)]
public sealed class MisplacedInItsBand : Rule
{
    public override void Define()
    {
        When().Match<Tick>();
        Then().Do(ctx => ctx.Halt());
    }
}

[Name("Cites a guideline that does not exist")]
[Description("G43 is past the last guideline.")]
[Guideline("G43")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class CitesANonGuideline : Rule
{
    public override void Define()
    {
        When().Match<Tick>();
        Then().Do(ctx => ctx.Halt());
    }
}

[Name("Has no phase")]
[Description("No [Phase] attribute.")]
[Guideline("G2")]
[Priority(Priorities.Selection)]
public sealed class HasNoPhase : Rule
{
    public override void Define()
    {
        When().Match<Tick>();
        Then().Do(ctx => ctx.Halt());
    }
}

[Name("Cites nothing")]
[Description("No [Guideline] attribute.")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class CitesNothing : Rule
{
    public override void Define()
    {
        When().Match<Tick>();
        Then().Do(ctx => ctx.Halt());
    }
}

[Name("The first tick brings the next in one batch")]
[Description("Concludes a fact already known, and the same new fact twice, together.")]
[Guideline("G1")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class FirstTickBringsTheNext : Rule
{
    public override void Define()
    {
        Tick tick = null!;
        When().Match(() => tick, t => t.Count == 0);
        Then().Do(ctx => ctx.ConcludeAll(new object[] { new Tick(0), new Tick(1), new Tick(1) }));
    }
}

[Name("The second tick gives way to the third")]
[Description("Withdraws the second tick and concludes the third.")]
[Guideline("G1")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class SecondTickGivesWay : Rule
{
    public override void Define()
    {
        Tick tick = null!;
        When().Match(() => tick, t => t.Count == 1);
        Then().Do(ctx => ctx.Withdraw(tick)).Do(ctx => ctx.ConcludeAll(new object[] { new Tick(2) }));
    }
}

[Name("The third tick brings the second back")]
[Description("Concludes the withdrawn second tick again.")]
[Guideline("G1")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class ThirdTickBringsTheSecondBack : Rule
{
    public override void Define()
    {
        Tick tick = null!;
        When().Match(() => tick, t => t.Count == 2);
        Then().Do(ctx => ctx.Conclude(new Tick(1)));
    }
}
