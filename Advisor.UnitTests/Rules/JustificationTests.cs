using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Facts;
using Advisor.Engine.Reasoning;
using Advisor.Engine.Routines;
using Advisor.UnitTests.Guidance;

namespace Advisor.UnitTests.Rules;

/// <summary>A conclusion keeps every firing that made it, and walks back to the person's answers (G42).</summary>
public sealed class JustificationTests(GuidanceFixture guidance) : IClassFixture<GuidanceFixture>
{
    [Fact]
    public void A_fact_two_rules_conclude_keeps_both_justifications()
    {
        var assessment = new Assessment { PainPoints = [new PainPoint(Region.LowerBack, 8)], Conditions = [Condition.Sensitized], Minutes = 15 };

        IConclusions conclusions = guidance.Recommendation(assessment).Conclusions;
        var rules = conclusions.JustificationsOf(new MicroRange(null)).Select(j => j.Rule.Name).ToArray();

        Assert.Equal(2, rules.Length);
        Assert.Contains("A lot of pain means micromovements everywhere", rules);
        Assert.Contains("A sensitized system, inflamed joints or a structural issue mean micromovements everywhere", rules);
    }

    [Fact]
    public void A_reported_tight_muscle_that_a_rule_also_implies_is_both_an_answer_and_a_conclusion()
    {
        var assessment = new Assessment { InactiveMuscles = [Muscle.Glutes], TightMuscles = [Muscle.HipFlexors], Minutes = 20 };

        IConclusions conclusions = guidance.Recommendation(assessment).Conclusions;
        var tight = new TightMuscle(Muscle.HipFlexors);

        Assert.True(conclusions.IsGiven(tight));
        Justification implied = Assert.Single(conclusions.JustificationsOf(tight));
        Assert.Equal("Inactive glutes: the hip flexors are tight", implied.Rule.Name);
        Assert.Contains(new InactiveMuscle(Muscle.Glutes), implied.Premises);
        Assert.Contains(tight, conclusions.GivensOf(tight));
        Assert.Contains(new InactiveMuscle(Muscle.Glutes), conclusions.GivensOf(tight));
    }

    [Fact]
    public void A_proposal_from_a_decision_table_cites_the_row_and_rests_on_the_answers()
    {
        var assessment = new Assessment { InactiveMuscles = [Muscle.Glutes], Minutes = 20 };

        Recommendation recommendation = guidance.Recommendation(assessment);
        Candidate release = recommendation.Conclusions.Query<Candidate>().Single(c => c.ExerciseId == "iliopsoas-release");
        Justification because = Assert.Single(recommendation.Conclusions.JustificationsOf(release));
        IGuidelineRow row = guidance.Catalog.Tables.ReleasesOf(Muscle.HipFlexors).Single(r => r.ExerciseId == "iliopsoas-release");

        Assert.Equal("Tight muscles are released first", because.Rule.Name);
        Assert.Equal(row.Guidelines, because.Guidelines);
        // Released because the hip flexors are tight, which the inactive glutes imply: the answer is the glutes.
        Assert.Equal([new InactiveMuscle(Muscle.Glutes)], recommendation.Conclusions.GivensOf(release));
        Assert.Contains("inactive glutes", recommendation.Explain("iliopsoas-release").Answers);
    }

    [Fact]
    public void The_same_conclusions_come_whatever_order_the_answers_arrive_in()
    {
        var assessment = new Assessment
        {
            PainPoints = [new PainPoint(Region.LowerBack, 5), new PainPoint(Region.Neck, 3), new PainPoint(Region.Knees, 4, FullRangePainful: true)],
            InactiveMuscles = [Muscle.Glutes, Muscle.Abdominals],
            TightMuscles = [Muscle.InnerThighs, Muscle.Hamstrings],
            WeakMuscles = [Muscle.GluteMedius],
            Conditions = [Condition.KneeValgus, Condition.RoundedShoulders],
            Equipment = [Equipment.Band],
            Setting = Setting.Gym,
            Day = Day.FullBody,
            Minutes = 25,
        };
        object[] facts = FactSheet.Of(assessment, Engine.Outcomes.History.None, GuidanceFixture.Now).ToArray();
        string Routine(IEnumerable<object> order) => RoutineJson.Write(
            guidance.Recommender.Build(guidance.Guidance.Conclude(order), assessment, "same", null, null).Routine);

        string asGiven = Routine(facts);
        for (int seed = 1; seed <= 5; seed++)
        {
            var shuffled = facts.ToArray();
            new Random(seed).Shuffle(shuffled);
            Assert.Equal(asGiven, Routine(shuffled));
        }

        Assert.Equal(asGiven, Routine(facts.Reverse()));
    }

    [Fact]
    public void No_random_person_s_routine_depends_on_the_order_of_their_answers()
    {
        var people = new RandomPeople(4242, guidance.Catalog.Exercises.Select(e => e.Id).ToArray());
        var random = new Random(7);
        for (int person = 0; person < 300; person++)
        {
            Assessment assessment = people.Assessment();
            Engine.Outcomes.History history = people.History();
            object[] facts = FactSheet.Of(assessment, history, GuidanceFixture.Now).ToArray();
            object[] shuffled = facts.ToArray();
            random.Shuffle(shuffled);

            string inOrder = RoutineJson.Write(guidance.Recommender.Build(guidance.Guidance.Conclude(facts), assessment, "same", null, null).Routine);
            string outOfOrder = RoutineJson.Write(guidance.Recommender.Build(guidance.Guidance.Conclude(shuffled), assessment, "same", null, null).Routine);
            Assert.True(inOrder == outOfOrder, $"person {person}: {AssessmentJson.Write(assessment)}");
        }
    }
}
