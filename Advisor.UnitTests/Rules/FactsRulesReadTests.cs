using Advisor.Engine.Assessments;
using Advisor.Engine.Facts;
using Advisor.Engine.Reasoning;
using Advisor.Rules.Runtime;
using Advisor.UnitTests.Guidance;
using GuidanceRules = Advisor.Rules.Guidance;

namespace Advisor.UnitTests.Rules;

/// <summary>Conclusions no rule reads stay out of NRules' network, and are conclusions all the same.</summary>
public sealed class FactsRulesReadTests(GuidanceFixture guidance) : IClassFixture<GuidanceFixture>
{
    private static readonly FactsRulesRead Read = new(GuidanceRules.Load());

    [Fact]
    public void What_the_guidance_reasons_on_is_read_and_what_the_routine_only_shows_is_not()
    {
        Assert.True(Read.Reads(typeof(Candidate)));
        Assert.True(Read.Reads(typeof(PainPoint)));
        Assert.True(Read.Reads(typeof(HasEquipment)));
        Assert.False(Read.Reads(typeof(Cue)));
        Assert.False(Read.Reads(typeof(string)));
    }

    [Fact]
    public void A_collected_fact_is_read_through_the_collection()
    {
        // MissingEquipmentLeavesItOut reads the kit only as a collected list.
        var rules = GuidanceRules.Load(type => type.Name == "MissingEquipmentLeavesItOut");

        var read = new FactsRulesRead(rules);

        Assert.True(read.Reads(typeof(HasEquipment)));
        Assert.True(read.Reads(typeof(Candidate)));
        Assert.False(read.Reads(typeof(Cue)));
    }

    [Fact]
    public void A_cue_kept_beside_the_session_is_queried_and_justified_like_any_conclusion()
    {
        var assessment = new Assessment { InactiveMuscles = [Muscle.Glutes], Minutes = 20 };

        IConclusions conclusions = guidance.Recommendation(assessment).Conclusions;
        Cue cue = conclusions.Query<Cue>().First(c => c.Text.StartsWith("Exhale", StringComparison.Ordinal));

        Assert.Contains(cue, conclusions.Query<object>());
        Assert.False(conclusions.IsGiven(cue));
        Justification why = Assert.Single(conclusions.JustificationsOf(cue));
        Assert.Contains(why.Premises, p => p is Candidate c && c.ExerciseId == cue.ExerciseId);
    }
}
