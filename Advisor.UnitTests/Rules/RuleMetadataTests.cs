using Advisor.Engine.Reasoning;
using Advisor.Rules;
using Advisor.Rules.Metadata;
using Advisor.Rules.Runtime;
using Advisor.UnitTests.Guidance;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;

namespace Advisor.UnitTests.Rules;

/// <summary>What loading demands of a rule: one phase whose band holds its priority, real guideline ids, a description, a unique name.</summary>
public sealed class RuleMetadataTests(GuidanceFixture guidance) : IClassFixture<GuidanceFixture>
{
    internal static IReadOnlyList<IRuleDefinition> Definitions(params Type[] types)
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(types));
        return repository.GetRules().ToArray();
    }

    [Fact]
    public void Every_rule_of_the_guidance_lies_in_the_band_of_its_phase()
    {
        Assert.True(guidance.Guidance.Rules.Count >= 60, $"only {guidance.Guidance.Rules.Count} rules loaded");
        foreach (GuidanceRule rule in guidance.Guidance.Rules)
        {
            Assert.Contains(rule.Phase, Phases.InOrder);
            Assert.True(Priorities.InBand(rule.Priority, rule.Phase), $"{rule.Name}: priority {rule.Priority} in {rule.Phase}");
        }
    }

    [Fact]
    public void Every_earlier_phase_outranks_every_later_one()
    {
        var bands = Phases.InOrder.Select(p => guidance.Guidance.Rules.Where(r => r.Phase == p).Select(r => r.Priority).ToArray()).ToArray();

        for (int i = 1; i < bands.Length; i++) Assert.True(bands[i - 1].Min() > bands[i].Max(), $"{Phases.InOrder[i - 1]} against {Phases.InOrder[i]}");
    }

    [Fact]
    public void Every_guideline_the_rules_encode_is_cited_by_one_id_per_attribute()
    {
        var cited = guidance.Guidance.Rules.SelectMany(r => r.Guidelines).ToHashSet();

        // G41 (what survives a cut) and G42 (every item says why) are the routine builder's.
        for (int g = 1; g <= 40; g++) Assert.Contains($"G{g}", cited);
        Assert.All(cited, id => Assert.Matches("^G([1-9]|[1-3][0-9]|4[0-2])$", id));
        Assert.All(typeof(Advisor.Rules.Guidance).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(NRules.Fluent.Dsl.Rule))),
            type => Assert.All(type.GetCustomAttributes(typeof(GuidelineAttribute), false).Cast<GuidelineAttribute>(),
                attribute => Assert.DoesNotContain(",", attribute.Id)));
    }

    [Fact]
    public void Precedence_follows_the_agenda_phase_then_priority_then_name()
    {
        var rules = guidance.Guidance.Rules;

        Assert.Equal(Enumerable.Range(0, rules.Count), rules.Select(r => r.Precedence));
        for (int i = 1; i < rules.Count; i++)
        {
            Assert.True(rules[i - 1].Priority > rules[i].Priority
                        || (rules[i - 1].Priority == rules[i].Priority && string.CompareOrdinal(rules[i - 1].Name, rules[i].Name) < 0));
        }
    }

    [Theory]
    [InlineData(typeof(MisplacedInItsBand), "Misplaced in its band", "outside the screening band")]
    [InlineData(typeof(CitesANonGuideline), "Cites a guideline that does not exist", "'G43' is not a guideline id")]
    [InlineData(typeof(HasNoPhase), "Has no phase", "exactly one [Phase]")]
    [InlineData(typeof(CitesNothing), "Cites nothing", "cites no [Guideline]")]
    public void A_rule_with_wrong_metadata_fails_loading_with_its_name(Type rule, string name, string problem)
    {
        var error = Assert.Throws<GuidanceLoadException>(() => RuleCheck.All(Definitions(rule)));

        Assert.Equal(name, error.Rule);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_rules_with_one_name_fail_loading()
    {
        IReadOnlyList<IRuleDefinition> once = Definitions(typeof(TicksForever));

        var error = Assert.Throws<GuidanceLoadException>(() => RuleCheck.All([.. once, .. Definitions(typeof(TicksForever))]));

        Assert.Contains("same name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_guidance_loads_without_complaint() => RuleCheck.All(Advisor.Rules.Guidance.Load());
}
