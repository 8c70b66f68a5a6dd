using Advisor.Engine.Inference.Compilation;
using Advisor.Engine.Inference.Fluent;

namespace Advisor.Tests.Inference;

/// <summary>Phases run in the order the session options list them, ahead of priority and name.</summary>
public class PhaseTests
{
    // Deliberately not in alphabetical order: the options decide, not the names.
    private static readonly SessionOptions TriageThenAdvice = new() { Phases = ["triage", "advice"] };

    [Fact]
    public void A_later_phase_never_fires_before_an_earlier_phase_pending_activation()
    {
        // AAdviceFirst has the highest priority and the first name, but is in the later phase.
        var session = Sessions.Create(TriageThenAdvice, new AAdviceFirst(), new ZTriageLast());
        var fired = session.RecordFirings();
        session.Insert(new Signal("go"));

        session.Fire();

        Assert.Equal(["ZTriageLast", "AAdviceFirst"], fired);
    }

    [Fact]
    public void The_options_decide_the_phase_order()
    {
        var session = Sessions.Create(new SessionOptions { Phases = ["advice", "triage"] }, new AAdviceFirst(), new ZTriageLast());
        var fired = session.RecordFirings();
        session.Insert(new Signal("go"));

        session.Fire();

        Assert.Equal(["AAdviceFirst", "ZTriageLast"], fired);
    }

    [Fact]
    public void An_earlier_phase_rule_activated_by_a_later_phase_fires_next()
    {
        // AdviceFinds (advice, highest) inserts a Finding; TriageFinding (triage, lowest) matches
        // it and fires before AdviceWrapUp, which was pending since the start.
        var session = Sessions.Create(TriageThenAdvice, new AdviceFinds(), new AdviceWrapUp(), new TriageFinding());
        var fired = session.RecordFirings();
        session.Insert(new Signal("go"));

        Assert.Equal(3, session.Fire());

        Assert.Equal(["AdviceFinds", "TriageFinding", "AdviceWrapUp"], fired);
    }

    [Fact]
    public void Each_phase_runs_to_completion_including_its_chained_rules()
    {
        // TriageChainStart's output feeds TriageChainEnd, both in triage: both before any advice.
        var session = Sessions.Create(TriageThenAdvice, new AAdviceFirst(), new TriageChainStart(), new TriageChainEnd());
        var fired = session.RecordFirings();
        session.Insert(new Signal("go"));

        session.Fire();

        Assert.Equal(["TriageChainStart", "TriageChainEnd", "AAdviceFirst"], fired);
    }

    [Phase("advice")]
    [Priority(RulePriority.Highest)]
    public sealed class AAdviceFirst : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "go");
            Then().Do(ctx => ctx.Insert(new Note("advice")));
        }
    }

    [Phase("triage")]
    [Priority(RulePriority.Lowest)]
    public sealed class ZTriageLast : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "go");
            Then().Do(ctx => ctx.Insert(new Note("triage")));
        }
    }

    [Phase("advice")]
    [Priority(RulePriority.Highest)]
    public sealed class AdviceFinds : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "go");
            Then().Do(ctx => ctx.Insert(new Signal("finding")));
        }
    }

    [Phase("advice")]
    [Priority(RulePriority.Lowest)]
    public sealed class AdviceWrapUp : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "go");
            Then().Do(ctx => ctx.Insert(new Note("wrap-up")));
        }
    }

    [Phase("triage")]
    [Priority(RulePriority.Lowest)]
    public sealed class TriageFinding : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "finding");
            Then().Do(ctx => ctx.Insert(new Note("triaged")));
        }
    }

    [Phase("triage")]
    public sealed class TriageChainStart : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "go");
            Then().Do(ctx => ctx.Insert(new Signal("triaged")));
        }
    }

    [Phase("triage")]
    public sealed class TriageChainEnd : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "triaged");
            Then().Do(ctx => ctx.Insert(new Note("triage done")));
        }
    }
}
