using Advisor.Engine.Inference;
using Advisor.Engine.Inference.Compilation;
using Advisor.Engine.Inference.Fluent;

namespace Advisor.Tests.Inference;

/// <summary>
/// A rule that cannot compile is rejected with a <see cref="RuleCompilationException"/> naming it.
/// Every broken rule here takes a <see cref="Deliberately"/> argument, so RuleRepository.Load skips it.
/// </summary>
public class CompilationErrorTests
{
    [Fact]
    public void A_rule_without_patterns_is_rejected()
    {
        var error = CompileError(new NoPatterns(Deliberately.Broken));

        Assert.Equal("NoPatterns", error.Rule);
        Assert.Equal("Rule 'NoPatterns' cannot be compiled: When() has no pattern; a rule must match at least one fact", error.Message);
    }

    [Fact]
    public void A_rule_without_actions_is_rejected()
    {
        var error = CompileError(new NoActions(Deliberately.Broken));

        Assert.Equal("NoActions", error.Rule);
        Assert.Contains("Then() has no action", error.Message);
    }

    [Fact]
    public void A_rule_in_a_phase_the_session_does_not_run_is_rejected()
    {
        var error = CompileError(new UnknownPhase(Deliberately.Broken));

        Assert.Equal("UnknownPhase", error.Rule);
        Assert.Contains("its phase 'cooldown' is not one of the session's phases (main)", error.Message);
    }

    [Fact]
    public void A_phase_listed_in_the_options_compiles()
    {
        var factory = new RuleRepository().Add(new UnknownPhase(Deliberately.Broken))
            .Compile(new SessionOptions { Phases = ["main", "cooldown"] });

        Assert.Equal("UnknownPhase", Assert.Single(factory.Rules).Name);
    }

    [Fact]
    public void Two_rules_with_one_name_are_rejected()
    {
        var error = CompileError(new FirstTwin(Deliberately.Broken), new SecondTwin(Deliberately.Broken));

        Assert.Equal("Twin", error.Rule);
        Assert.Contains("FirstTwin and SecondTwin share the name", error.Message);
    }

    [Fact]
    public void A_variable_read_before_the_pattern_that_declares_it_is_rejected()
    {
        var error = CompileError(new ReadsLaterVariable(Deliberately.Broken));

        Assert.Equal("ReadsLaterVariable", error.Rule);
        Assert.Contains("'task' is used before the pattern that declares it", error.Message);
    }

    [Fact]
    public void A_variable_declared_by_two_patterns_is_rejected()
    {
        var error = CompileError(new DeclaresTwice(Deliberately.Broken));

        Assert.Equal("DeclaresTwice", error.Rule);
        Assert.Contains("'item' is declared by more than one pattern", error.Message);
    }

    [Fact]
    public void An_alias_that_is_not_a_captured_variable_is_rejected()
    {
        var error = CompileError(new AliasIsNotAVariable(Deliberately.Broken));

        Assert.Equal("AliasIsNotAVariable", error.Rule);
        Assert.Contains("must name a captured variable", error.Message);
    }

    [Fact]
    public void An_alias_reaching_into_a_variable_is_rejected()
    {
        var error = CompileError(new AliasIsAProperty(Deliberately.Broken));

        Assert.Equal("AliasIsAProperty", error.Rule);
        Assert.Contains("must name a captured variable", error.Message);
    }

    [Fact]
    public void Define_throwing_is_reported_with_the_rule_and_the_cause()
    {
        var error = CompileError(new DefineThrows(Deliberately.Broken));

        Assert.Equal("DefineThrows", error.Rule);
        Assert.Equal("Rule 'DefineThrows' cannot be compiled: Define() threw InvalidOperationException: no catalogue loaded", error.Message);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void The_broken_rule_is_named_among_good_ones()
    {
        var error = CompileError(new Good(), new NoActions(Deliberately.Broken), new AlsoGood());

        Assert.Equal("NoActions", error.Rule);
    }

    /// <summary>Adds and compiles the rules, expecting the error (Add already fails for some).</summary>
    private static RuleCompilationException CompileError(params Rule[] rules) =>
        Assert.Throws<RuleCompilationException>(() =>
        {
            var repository = new RuleRepository();
            foreach (Rule rule in rules) repository.Add(rule);
            repository.Compile();
        });

    public sealed class NoPatterns : Rule
    {
        public NoPatterns(Deliberately broken) { }

        public override void Define() => Then().Do(ctx => ctx.Insert(new Note("from nothing")));
    }

    public sealed class NoActions : Rule
    {
        public NoActions(Deliberately broken) { }

        public override void Define() => When().Match<Item>();
    }

    [Phase("cooldown")]
    public sealed class UnknownPhase : Rule
    {
        public UnknownPhase(Deliberately broken) { }

        public override void Define()
        {
            When().Match<Item>();
            Then().Do(ctx => ctx.Insert(new Note("cool")));
        }
    }

    [Name("Twin")]
    public sealed class FirstTwin : Rule
    {
        public FirstTwin(Deliberately broken) { }

        public override void Define()
        {
            When().Match<Item>();
            Then().Do(ctx => ctx.Insert(new Note("first")));
        }
    }

    [Name("Twin")]
    public sealed class SecondTwin : Rule
    {
        public SecondTwin(Deliberately broken) { }

        public override void Define()
        {
            When().Match<Signal>();
            Then().Do(ctx => ctx.Insert(new Note("second")));
        }
    }

    public sealed class ReadsLaterVariable : Rule
    {
        public ReadsLaterVariable(Deliberately broken) { }

        public override void Define()
        {
            Person person = null!;
            Assignment task = null!;
            When()
                .Match(() => person, p => p.Name == task.Person)
                .Match(() => task);
            Then().Do(ctx => ctx.Insert(new Note(person.Name)));
        }
    }

    public sealed class DeclaresTwice : Rule
    {
        public DeclaresTwice(Deliberately broken) { }

        public override void Define()
        {
            Item item = null!;
            When()
                .Match(() => item, i => i.Value > 1)
                .Match(() => item, i => i.Value < 5);
            Then().Do(ctx => ctx.Insert(new Note(item.Name)));
        }
    }

    public sealed class AliasIsNotAVariable : Rule
    {
        public AliasIsNotAVariable(Deliberately broken) { }

        public override void Define()
        {
            When().Match(() => new Item("x", 1));
            Then().Do(ctx => ctx.Insert(new Note("x")));
        }
    }

    public sealed class AliasIsAProperty : Rule
    {
        public AliasIsAProperty(Deliberately broken) { }

        public override void Define()
        {
            var holder = new Holder(new Item("x"));
            When().Match(() => holder.Item);
            Then().Do(ctx => ctx.Insert(new Note("x")));
        }
    }

    public sealed record Holder(Item Item);

    public sealed class DefineThrows : Rule
    {
        public DefineThrows(Deliberately broken) { }

        public override void Define() => throw new InvalidOperationException("no catalogue loaded");
    }

    public sealed class Good : Rule
    {
        public override void Define()
        {
            When().Match<Item>();
            Then().Do(ctx => ctx.Insert(new Note("good")));
        }
    }

    public sealed class AlsoGood : Rule
    {
        public override void Define()
        {
            When().Match<Signal>();
            Then().Do(ctx => ctx.Insert(new Note("also good")));
        }
    }
}
