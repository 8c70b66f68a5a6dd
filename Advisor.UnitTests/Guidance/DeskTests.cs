using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;
using Range = Advisor.Engine.Routines.Range;

namespace Advisor.UnitTests.Guidance;

/// <summary>G21 to G26: desk breaks, the baseline and extras, the workday template, progress.</summary>
public sealed class DeskTests(GuidanceFixture guidance) : IClassFixture<GuidanceFixture>
{
    private static readonly string[] Baseline = ["transverse-abdominal-bracing", "ankle-pumps", "shoulder-circle"];

    private static readonly Assessment AtTheDesk = new() { Setting = Setting.Desk, Day = Day.Workday, Minutes = 10 };

    [Fact]
    public void G21_desk_breaks_start_every_20_minutes()
    {
        Routine routine = guidance.Recommend(AtTheDesk);

        Assert.Equal(20, routine.IntervalMinutes);
    }

    [Fact]
    public void G21_early_fatigue_brings_breaks_to_every_15_minutes()
    {
        Routine routine = guidance.Recommend(AtTheDesk with { Conditions = [Condition.EarlyFatigue] });

        Assert.Equal(15, routine.IntervalMinutes);
    }

    [Fact]
    public void G21_early_fatigue_logged_after_the_last_routine_brings_breaks_to_every_15_minutes()
    {
        History fatigued = Logs.Daily(new Outcome(), Logs.Noticed(Condition.EarlyFatigue));

        Routine routine = guidance.Recommend(AtTheDesk, fatigued);

        Assert.Equal(15, routine.IntervalMinutes);
    }

    [Theory]
    [InlineData(1, 15)]
    [InlineData(2, 15)]
    [InlineData(3, 20)]
    [InlineData(4, 20)]
    public void G21_early_fatigue_is_remembered_until_several_outcomes_go_without_it(int withoutFatigue, int interval)
    {
        Outcome[] log = [Logs.Noticed(Condition.EarlyFatigue), .. Enumerable.Repeat(new Outcome(), withoutFatigue)];

        Routine routine = guidance.Recommend(AtTheDesk, Logs.Daily(log));

        Assert.Equal(interval, routine.IntervalMinutes);
        Assert.Equal(3, Advisor.Rules.History.LoggedEarlyFatigueIsNoticed.OutcomesToForget);
    }

    [Theory]
    [InlineData(Setting.Home, Day.Workday)]
    [InlineData(Setting.Gym, Day.LowerBody)]
    [InlineData(Setting.Desk, Day.Recovery)]
    public void G21_G24_no_interval_or_schedule_away_from_a_desk_workday(Setting setting, Day day)
    {
        Routine routine = guidance.Recommend(AtTheDesk with { Setting = setting, Day = day });

        Assert.Null(routine.IntervalMinutes);
        Assert.Null(routine.Schedule);
    }

    [Fact]
    public void G22_the_desk_baseline_is_core_bracing_ankle_pumps_and_shoulder_circles()
    {
        Routine routine = guidance.Recommend(AtTheDesk);

        Assert.Equal(Baseline, routine.Ids());
        Assert.InRange(routine.Items().Count, 3, 4);
        Assert.All(Baseline, id => Assert.True(routine.Item(id).Cites("G22"), $"{id} does not cite G22"));
        Assert.All(routine.Items(), item => Assert.NotEqual(Position.Floor, guidance.Exercise(item.ExerciseId).Position));
    }

    [Fact]
    public void G22_a_region_rated_0_is_no_pain_point_and_brings_no_extras()
    {
        Routine routine = guidance.Recommend(AtTheDesk with { PainPoints = Enum.GetValues<Region>().Select(r => new PainPoint(r, 0)).ToArray() });

        Assert.Equal(Baseline, routine.Ids());
        Assert.DoesNotContain(routine.Items(), i => i.Because.Any(r => r.Rule == "Each pain point gets its desk movements"));
    }

    [Fact]
    public void G22_desk_routines_hold_no_floor_work()
    {
        var assessment = AtTheDesk with { InactiveMuscles = [Muscle.Glutes, Muscle.Abdominals], TightMuscles = [Muscle.HipFlexors], Minutes = 30 };

        Routine routine = guidance.Recommend(assessment);

        Assert.All(routine.Items(), item => Assert.NotEqual(Position.Floor, guidance.Exercise(item.ExerciseId).Position));
        Assert.Contains("floor", routine.OmissionOf("iliopsoas-release")!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void G22_a_desk_routine_does_not_ask_to_sit_on_the_floor()
    {
        Routine routine = guidance.Recommend(AtTheDesk with { TightMuscles = [Muscle.Hamstrings] });

        Assert.DoesNotContain(routine.Items(), i => i.Instructions.Contains("on the floor with legs out", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(Region.LowerBack, new[] { "seated-pelvic-tilt" })]
    [InlineData(Region.Neck, new[] { "cervical-nod", "lateral-neck-flexion" })]
    [InlineData(Region.Shoulders, new[] { "scapular-retraction-pulse", "chest-opener-finger-pull" })]
    [InlineData(Region.UpperBack, new[] { "scapular-retraction-pulse", "chest-opener-finger-pull" })]
    [InlineData(Region.Wrists, new[] { "wrist-flexor-extensor-pulses", "finger-extension-stretch" })]
    [InlineData(Region.Hands, new[] { "wrist-flexor-extensor-pulses", "finger-extension-stretch" })]
    [InlineData(Region.Hips, new[] { "seated-hip-abduction-adduction", "isometric-glute-squeeze" })]
    [InlineData(Region.Knees, new[] { "micro-squat" })]
    [InlineData(Region.Ankles, new[] { "micro-squat" })]
    public void G23_each_pain_point_adds_one_or_two_of_its_desk_movements(Region region, string[] extras)
    {
        Routine routine = guidance.Recommend(AtTheDesk with { PainPoints = [new PainPoint(region, 4)] });

        var added = routine.Ids().Except(Baseline).ToArray();
        Assert.Equal(extras.Order(), added.Order());
        Assert.InRange(added.Length, 1, 2);
        Assert.All(Baseline, id => Assert.True(routine.Has(id), $"baseline {id} is missing: {routine.Describe()}"));
        Assert.All(extras, id => Assert.True(routine.Item(id).Cites("G23"), $"{id} does not cite G23"));
    }

    [Fact]
    public void G23_the_table_the_guidance_gives_is_the_one_the_catalog_holds()
    {
        var byRegion = guidance.Catalog.TableRows.OfType<DeskStep>().ToLookup(s => s.Region, s => s.ExerciseId);

        Assert.Equal(["seated-pelvic-tilt", "transverse-abdominal-bracing"], byRegion[Region.LowerBack].Order());
        Assert.Equal(["cervical-nod", "lateral-neck-flexion", "upper-trapezius-release"], byRegion[Region.Neck].Order());
        Assert.Equal(["chest-opener-finger-pull", "scapular-retraction-pulse", "shoulder-circle"], byRegion[Region.Shoulders].Order());
        Assert.Equal(["finger-extension-stretch", "grip-squeeze", "wrist-flexor-extensor-pulses"], byRegion[Region.Wrists].Order());
        Assert.Equal(["isometric-glute-squeeze", "seated-hip-abduction-adduction"], byRegion[Region.Hips].Order());
        Assert.Equal(["ankle-pumps", "micro-squat"], byRegion[Region.Knees].Order());
    }

    [Fact]
    public void G22_G23_several_pain_points_each_get_their_extras()
    {
        var assessment = AtTheDesk with { PainPoints = [new PainPoint(Region.Neck, 5), new PainPoint(Region.Hips, 3)] };

        Routine routine = guidance.Recommend(assessment);

        Assert.All(Baseline.Concat(["cervical-nod", "lateral-neck-flexion", "seated-hip-abduction-adduction", "isometric-glute-squeeze"]),
            id => Assert.True(routine.Has(id), $"{id} is missing: {routine.Describe()}"));
    }

    [Fact]
    public void G24_the_workday_template_has_its_five_moments_in_order()
    {
        Routine routine = guidance.Recommend(AtTheDesk with { PainPoints = [new PainPoint(Region.Neck, 3)] });

        Assert.NotNull(routine.Schedule);
        Assert.Collection(routine.Schedule,
            s => Slot(s, Moment.StartOfDay, "transverse-abdominal-bracing", "shoulder-circle"),
            s => Slot(s, Moment.EveryInterval, "ankle-pumps", "cervical-nod"),
            s => Slot(s, Moment.PreMeeting, "chest-opener-finger-pull", "wrist-flexor-extensor-pulses"),
            s => Slot(s, Moment.MidAfternoon, "seated-hip-abduction-adduction", "isometric-glute-squeeze"),
            s => Slot(s, Moment.EndOfDay, "micro-squat", "finger-extension-stretch"));
        Assert.All(routine.Schedule.SelectMany(s => s.ExerciseIds), id => Assert.NotNull(guidance.Catalog.Find(id)));
    }

    [Fact]
    public void G25_an_effortless_movement_holds_longer_when_there_is_no_band()
    {
        var assessment = AtTheDesk with { PainPoints = [new PainPoint(Region.Neck, 3)] };
        History effortless = Logs.Daily(Logs.Rated(("cervical-nod", Rating.Right)), Logs.Rated(("lateral-neck-flexion", Rating.Effortless), ("cervical-nod", Rating.Right)));

        Routine routine = guidance.Recommend(assessment, effortless);
        Routine usual = guidance.Recommend(assessment);

        RoutineItem tilt = routine.Item("lateral-neck-flexion");
        Assert.InRange(tilt.HoldSeconds - usual.Item("lateral-neck-flexion").HoldSeconds, 2, 3);
        Assert.True(tilt.HasCue("effortless", "hold"), string.Join(" / ", tilt.Cues));
        Assert.DoesNotContain(Equipment.Band, tilt.Equipment);
        Assert.True(tilt.Cites("G25"));
        Assert.Equal(usual.Item("cervical-nod").HoldSeconds, routine.Item("cervical-nod").HoldSeconds);
    }

    [Fact]
    public void G25_an_effortless_movement_takes_a_light_band_when_there_is_one()
    {
        var assessment = AtTheDesk with { PainPoints = [new PainPoint(Region.Hips, 3)], Equipment = [Equipment.Band] };
        History effortless = Logs.Daily(Logs.Rated(("seated-hip-abduction-adduction", Rating.Effortless)));

        Routine routine = guidance.Recommend(assessment, effortless);
        Routine usual = guidance.Recommend(assessment);

        RoutineItem abduction = routine.Item("seated-hip-abduction-adduction");
        Assert.Contains(Equipment.Band, abduction.Equipment);
        Assert.DoesNotContain(Equipment.Band, usual.Item("seated-hip-abduction-adduction").Equipment);
        Assert.True(abduction.HasCue("light band"), string.Join(" / ", abduction.Cues));
        Assert.True(abduction.Cites("G25"));
        Assert.Equal(usual.Item("seated-hip-abduction-adduction").HoldSeconds, abduction.HoldSeconds);
    }

    [Fact]
    public void G25_an_effortless_movement_that_already_uses_a_band_still_progresses()
    {
        var assessment = new Assessment { Setting = Setting.Gym, Day = Day.LowerBody, Equipment = [Equipment.Band], Minutes = 30 };
        History effortless = Logs.Daily(Logs.Rated(("banded-lateral-walk", Rating.Effortless)));

        Routine routine = guidance.Recommend(assessment, effortless);
        Routine usual = guidance.Recommend(assessment);

        RoutineItem walk = routine.Item("banded-lateral-walk");
        RoutineItem before = usual.Item("banded-lateral-walk");
        Assert.True(walk.HoldSeconds - before.HoldSeconds is >= 2 and <= 3,
            $"an effortless banded walk does not progress: hold {walk.HoldSeconds}s (was {before.HoldSeconds}s), cues: {string.Join(" / ", walk.Cues)}");
    }

    [Fact]
    public void G25_effortless_long_ago_but_not_last_time_changes_nothing()
    {
        var assessment = AtTheDesk with { PainPoints = [new PainPoint(Region.Neck, 3)] };
        History history = Logs.Daily(Logs.Rated(("lateral-neck-flexion", Rating.Effortless)), Logs.Rated(("lateral-neck-flexion", Rating.Right)));

        Routine routine = guidance.Recommend(assessment, history);

        Assert.Equal(guidance.Exercise("lateral-neck-flexion").Dose.HoldSeconds, routine.Item("lateral-neck-flexion").HoldSeconds);
    }

    [Fact]
    public void G26_a_desk_workday_asks_for_stiffness_energy_and_focus_before_and_after_and_a_log()
    {
        Routine routine = guidance.Recommend(AtTheDesk);

        Assert.Contains(routine.Reminders, r => new[] { "stiffness", "energy", "focus", "1 to 10", "log" }
            .All(w => r.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void G26_a_newcomer_starts_with_a_baseline_mobility_screen()
    {
        Routine routine = guidance.Recommend(AtTheDesk);

        Assert.Contains(routine.Reminders, r => r.Contains("mobility screen", StringComparison.OrdinalIgnoreCase)
            && r.Contains("baseline", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(14, true)]
    [InlineData(28, true)]
    [InlineData(3, false)]
    [InlineData(10, false)]
    public void G26_a_mobility_screen_comes_every_two_weeks_of_logging(int daysSinceFirst, bool due)
    {
        History history = Logs.At((daysSinceFirst, new Outcome()), (1, new Outcome()));

        Routine routine = guidance.Recommend(AtTheDesk, history);

        bool reminded = routine.Reminders.Any(r => r.Contains("mobility screen", StringComparison.OrdinalIgnoreCase));
        Assert.True(due == reminded, $"{daysSinceFirst} days: reminders {string.Join(" / ", routine.Reminders)}");
    }

    [Fact]
    public void G2_G24_a_scheduled_movement_outside_the_routine_carries_its_dose_and_the_painful_region_s_micro_range()
    {
        var assessment = AtTheDesk with { Minutes = 5, PainPoints = [new PainPoint(Region.Hips, 5, FullRangePainful: true)] };

        Routine routine = guidance.Recommend(assessment);

        var items = routine.Phases.SelectMany(p => p.Items).Select(i => i.ExerciseId).ToHashSet();
        ScheduledMovement[] outside = routine.Schedule!.SelectMany(s => s.Movements).Where(m => !items.Contains(m.ExerciseId)).ToArray();
        Assert.Contains(outside, m => guidance.Exercise(m.ExerciseId).Regions.Contains(Region.Hips));
        foreach (ScheduledMovement movement in outside)
        {
            Exercise exercise = guidance.Exercise(movement.ExerciseId);
            Assert.Equal(exercise.Regions.Contains(Region.Hips) ? Range.Micro : Range.Full, movement.Range);
            Assert.True(movement.Sets >= 1 && movement.Reps >= 1 && movement.Seconds > 0, $"{movement.ExerciseId}: {movement}");
        }
        Assert.All(routine.Schedule!, s => Assert.Equal(s.ExerciseIds, s.Movements.Select(m => m.ExerciseId)));
    }

    [Fact]
    public void G10_G21_a_scheduled_movement_is_one_round_of_the_routine_item_a_micro_break_under_30_seconds()
    {
        var assessment = AtTheDesk with { PainPoints = [new PainPoint(Region.Neck, 4)] };

        Routine routine = guidance.Recommend(assessment);

        var items = routine.Items().ToDictionary(i => i.ExerciseId);
        ScheduledMovement[] movements = routine.Schedule!.SelectMany(s => s.Movements).ToArray();
        Assert.Contains(movements, m => items.TryGetValue(m.ExerciseId, out RoutineItem? item) && item.Sets > 1);
        foreach (ScheduledMovement movement in movements)
        {
            Assert.True(movement.Sets == 1 && movement.Seconds < 30, $"{movement.ExerciseId}: {movement}");
            if (!items.TryGetValue(movement.ExerciseId, out RoutineItem? item)) continue;
            Assert.Equal((item.Reps, item.HoldSeconds, item.Range), (movement.Reps, movement.HoldSeconds, movement.Range));
            Assert.InRange(movement.Seconds, (item.Seconds - 1) / item.Sets, (item.Seconds + item.Sets - 1) / item.Sets);
        }
    }

    private static void Slot(ScheduleSlot slot, Moment when, params string[] ids)
    {
        Assert.Equal(when, slot.When);
        Assert.Equal(ids, slot.ExerciseIds);
    }
}
