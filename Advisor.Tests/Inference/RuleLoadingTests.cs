using Advisor.Engine.Inference;
using Advisor.Engine.Inference.Fluent;

namespace Advisor.Tests.Inference;

/// <summary>
/// RuleRepository.Load scans an assembly, here this test assembly, and keeps the rules the filter
/// accepts. The assembly also holds deliberately broken rules (see CompilationErrorTests); they take
/// a constructor argument, so Load cannot create them and passes them by.
/// </summary>
public class RuleLoadingTests
{
    private const string LoadTag = "inference-load-test";

    [Fact]
    public void Load_filtered_by_tag_loads_just_the_tagged_rules_in_full_name_order()
    {
        var repository = new RuleRepository().Load(typeof(RuleLoadingTests).Assembly, r => r.Tags.Contains(LoadTag));

        // Full-name order: RuleLoadingTests+LoadedHydrate, +LoadedRest, +LoadedWarmUp.
        Assert.Equal(["LoadedHydrate", "Loaded: advise rest", "LoadedWarmUp"], repository.Rules.Select(r => r.Name));
        Assert.All(repository.Rules, r => Assert.Contains(LoadTag, r.Tags));
    }

    [Fact]
    public void The_loaded_rules_compile_and_run()
    {
        var factory = new RuleRepository().Load(typeof(RuleLoadingTests).Assembly, r => r.Tags.Contains(LoadTag)).Compile();
        var session = factory.CreateSession();
        var fired = session.RecordFirings();
        session.InsertAll([new Signal("tired"), new Signal("thirsty"), new Signal("cold")]);

        Assert.Equal(3, session.Fire());

        // Priority first (LoadedWarmUp is High), then names in ordinal order.
        Assert.Equal(["LoadedWarmUp", "Loaded: advise rest", "LoadedHydrate"], fired);
    }

    [Fact]
    public void Load_reads_the_rule_attributes()
    {
        var repository = new RuleRepository().Load(typeof(RuleLoadingTests).Assembly, r => r.Tags.Contains(LoadTag));

        var rest = repository.Rules.Single(r => r.Name == "Loaded: advise rest");
        Assert.Equal("Tiredness calls for rest.", rest.Description);
        Assert.Equal(["G1", "G7"], rest.Guidelines.Order());
        Assert.Equal([LoadTag, "recovery"], rest.Tags.Order());
        Assert.Equal(typeof(LoadedRest), rest.Source);
        var warmUp = repository.Rules.Single(r => r.Name == "LoadedWarmUp");
        Assert.Equal(RulePriority.High, warmUp.Priority);
        Assert.Equal("main", warmUp.Phase);
    }

    [Fact]
    public void A_filter_on_a_second_tag_narrows_further()
    {
        var repository = new RuleRepository().Load(
            typeof(RuleLoadingTests).Assembly, r => r.Tags.Contains(LoadTag) && r.Tags.Contains("recovery"));

        Assert.Equal(["LoadedHydrate", "Loaded: advise rest"], repository.Rules.Select(r => r.Name));
    }

    [Fact]
    public void A_tagged_rule_class_that_needs_constructor_arguments_is_not_loaded_but_can_be_added()
    {
        var loaded = new RuleRepository().Load(typeof(RuleLoadingTests).Assembly, r => r.Tags.Contains(LoadTag));
        Assert.DoesNotContain(loaded.Rules, r => r.Source == typeof(LoadedNeedsArgument));

        var added = new RuleRepository().Add(new LoadedNeedsArgument("stretch"));
        Assert.Equal("LoadedNeedsArgument", Assert.Single(added.Rules).Name);
    }

    [Tag(LoadTag)]
    [Priority(RulePriority.High)]
    public sealed class LoadedWarmUp : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "cold");
            Then().Do(ctx => ctx.Insert(new Note("warm up")));
        }
    }

    [Tag(LoadTag)]
    [Tag("recovery")]
    [Name("Loaded: advise rest")]
    [Description("Tiredness calls for rest.")]
    [Guideline("G1")]
    [Guideline("G7", "G1")]
    public sealed class LoadedRest : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "tired");
            Then().Do(ctx => ctx.Insert(new Note("rest")));
        }
    }

    [Tag(LoadTag)]
    [Tag("recovery")]
    public sealed class LoadedHydrate : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "thirsty");
            Then().Do(ctx => ctx.Insert(new Note("drink")));
        }
    }

    [Tag(LoadTag)]
    public sealed class LoadedNeedsArgument(string advice) : Rule
    {
        public override void Define()
        {
            When().Match<Signal>(s => s.Name == "stiff");
            Then().Do(ctx => ctx.Insert(new Note(advice)));
        }
    }

    [Tag("inference-load-test-other")]
    public sealed class NotLoadedOtherTag : Rule
    {
        public override void Define()
        {
            When().Match<Signal>();
            Then().Do(ctx => ctx.Insert(new Note("other")));
        }
    }
}
