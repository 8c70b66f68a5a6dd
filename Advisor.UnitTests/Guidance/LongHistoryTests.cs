using Advisor.Engine.Assessments;
using Advisor.Engine.Facts;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;
using Range = Advisor.Engine.Routines.Range;

namespace Advisor.UnitTests.Guidance;

/// <summary>
/// G4, G5, G21, G25 and G26 after a year and more of logging: the history guidelines read the same
/// bounded summary on day 1,000 as on day 3, so what the latest routines say still decides, and
/// what happened long ago does not.
/// </summary>
public sealed class LongHistoryTests(GuidanceFixture guidance) : IClassFixture<GuidanceFixture>
{
    private const int LongAgo = 1000;

    private static readonly Assessment KneesAndHips = new()
    {
        PainPoints = [new PainPoint(Region.Knees, 4)],
        TightMuscles = [Muscle.Quadriceps, Muscle.Hamstrings],
        Minutes = 30,
    };

    private static readonly Assessment AtTheDesk = new()
    {
        Setting = Setting.Desk, Day = Day.Workday, Minutes = 10, PainPoints = [new PainPoint(Region.Neck, 3)],
    };

    /// <summary><see cref="LongAgo"/> uneventful routines (knee pain steady at 3, nothing noted), then <paramref name="latest"/>.</summary>
    private static History AfterAYear(params Outcome[] latest) =>
        Logs.Daily([.. Enumerable.Repeat(Logs.Pain(Region.Knees, 3, 3), LongAgo), .. latest]);

    [Fact]
    public void G4_pain_that_rose_after_routine_1001_makes_the_region_micro()
    {
        Routine routine = guidance.Recommend(KneesAndHips, AfterAYear(Logs.Pain(Region.Knees, 3, 5)));

        RoutineItem quadriceps = routine.Item("quadriceps-release");
        Assert.Equal(Range.Micro, quadriceps.Range);
        Assert.True(quadriceps.Cites("G4"));
    }

    [Fact]
    public void G4_a_rise_a_thousand_routines_ago_is_no_regression_today()
    {
        History history = Logs.Daily([Logs.Pain(Region.Knees, 3, 6), .. Enumerable.Repeat(Logs.Pain(Region.Knees, 3, 3), LongAgo)]);

        Routine routine = guidance.Recommend(KneesAndHips, history);

        Assert.Equal(Range.Full, routine.Item("quadriceps-release").Range);
    }

    [Fact]
    public void G4_after_a_late_regression_the_range_grows_back_gradually()
    {
        Routine routine = guidance.Recommend(KneesAndHips, AfterAYear(Logs.Pain(Region.Knees, 3, 5), Logs.Pain(Region.Knees, 5, 4)));

        RoutineItem quadriceps = routine.Item("quadriceps-release");
        Assert.Equal(Range.Small, quadriceps.Range);
        Assert.True(quadriceps.HasCue("grow"), string.Join(" / ", quadriceps.Cues));
    }

    [Fact]
    public void G5_frustration_after_the_latest_of_a_thousand_routines_slows_things_down()
    {
        Routine routine = guidance.Recommend(AtTheDesk, AfterAYear(Logs.Noticed(Condition.Frustrated)));

        Assert.Contains("slow down", routine.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void G21_early_fatigue_after_the_latest_routine_shortens_the_interval_and_long_ago_does_not()
    {
        Routine now = guidance.Recommend(AtTheDesk, AfterAYear(Logs.Noticed(Condition.EarlyFatigue)));
        Routine then = guidance.Recommend(AtTheDesk, Logs.Daily([Logs.Noticed(Condition.EarlyFatigue), .. Enumerable.Repeat(new Outcome(), LongAgo)]));

        Assert.Equal(15, now.IntervalMinutes);
        Assert.Equal(20, then.IntervalMinutes);
    }

    [Fact]
    public void G25_effortless_in_the_latest_routine_holds_longer_after_a_thousand()
    {
        Routine usual = guidance.Recommend(AtTheDesk);
        Routine routine = guidance.Recommend(AtTheDesk, AfterAYear(Logs.Rated(("cervical-nod", Rating.Effortless))));

        Assert.InRange(routine.Item("cervical-nod").HoldSeconds - usual.Item("cervical-nod").HoldSeconds, 2, 3);
        Assert.True(routine.Item("cervical-nod").Cites("G25"));
    }

    [Fact]
    public void G26_four_weeks_and_a_thousand_routines_after_the_first_it_is_time_for_a_mobility_screen()
    {
        History history = Logs.At([.. Enumerable.Range(0, LongAgo).Select(i => (DaysAgo: 28 - i * 28 / LongAgo, Outcome: new Outcome()))]);

        Routine routine = guidance.Recommend(AtTheDesk, history);

        Assert.Contains(routine.Reminders, r => r.Contains("mobility screen", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_rules_see_a_bounded_summary_whatever_the_length_of_the_history()
    {
        var regions = Enum.GetValues<Region>();
        var outcomes = Enumerable.Range(0, 3 * LongAgo).Select(i => new Outcome
        {
            PainBefore = regions.ToDictionary(r => r, r => (i + (int)r) % 10),
            PainAfter = regions.ToDictionary(r => r, r => (i * 7 + (int)r) % 10),
            Ratings = new Dictionary<string, Rating> { [guidance.Catalog.Exercises[i % guidance.Catalog.Exercises.Count].Id] = (Rating)(i % 3) },
            Conditions = i % 3 == 0 ? [Condition.Frustrated] : [],
        }).ToArray();

        object[] facts = FactSheet.Summarize(Logs.Daily(outcomes), GuidanceFixture.Now).ToArray();

        Assert.Single(facts.OfType<LogSummary>());
        Assert.Equal(regions.Length, facts.OfType<PainTrend>().Count());
        Assert.Equal(guidance.Catalog.Exercises.Count, facts.OfType<RatingHistory>().Count());
        Assert.InRange(facts.OfType<ConditionLog>().Count(), 1, FactSheet.RecentRoutines);
        Assert.True(facts.Length <= 1 + regions.Length + guidance.Catalog.Exercises.Count + FactSheet.RecentRoutines);
    }

    [Fact]
    public void A_pain_trend_keeps_the_latest_change_the_one_before_and_the_highest_earlier_pain()
    {
        History history = Logs.Daily(Logs.Pain(Region.Neck, 2, 7), Logs.Pain(Region.Neck, 7, 5), Logs.Pain(Region.Neck, 5, 6), Logs.Pain(Region.Neck, 6, 4));

        PainTrend trend = FactSheet.Summarize(history, GuidanceFixture.Now).OfType<PainTrend>().Single();

        Assert.Equal(new PainChange(6, 4, 4), trend.Latest);
        Assert.Equal(new PainChange(5, 6, 3), trend.Previous);
        Assert.Equal(7, trend.HighestEarlierAfter);
    }
}
