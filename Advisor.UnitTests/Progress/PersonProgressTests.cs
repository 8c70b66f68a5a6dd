using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Progress;
using Advisor.Engine.Routines;
using Advisor.Host.Web.Progress;
using static Advisor.UnitTests.Outcomes.StoredRecords;
using Advisor.Storage.Records;

namespace Advisor.UnitTests.Progress;

/// <summary>A person's progress measured from their stored history, without a running host: adherence, completion and pain over time.</summary>
public sealed class PersonProgressTests
{
    private static readonly HashSet<string> Exercises = ["lateral-neck-flexion", "shoulder-circle", "scapular-retraction-pulse", "ankle-pumps", "micro-squat"];
    private static readonly Dictionary<string, DateTimeOffset> NoStarts = [];

    [Fact]
    public void An_empty_history_measures_nothing()
    {
        PersonProgress progress = StoredProgress.Of([], [], NoStarts, Exercises);

        Assert.Equal((0, 0, 0, 0.0, 0.0), (progress.Routines, progress.Outcomes, progress.Done, progress.Adherence, progress.Completion));
        Assert.Empty(progress.Entries);
        Assert.Empty(progress.Pain);
    }

    [Fact]
    public void One_outcome_counts_only_the_routines_own_items_as_completed()
    {
        StoredRoutine routine = Routine("r1", Monday, "lateral-neck-flexion", "shoulder-circle", "scapular-retraction-pulse", "ankle-pumps");
        // Three of its four items, and micro-squat, which was not one of them.
        StoredOutcome outcome = Outcome("o1", routine, Monday.AddHours(1), """
            { "completed": ["lateral-neck-flexion", "shoulder-circle", "ankle-pumps", "micro-squat"],
              "painBefore": { "neck": 4 }, "painAfter": { "neck": 2 }, "stiffnessBefore": 7 }
            """);

        PersonProgress progress = StoredProgress.Of([routine], [outcome], NoStarts, Exercises);

        Assert.Equal((1, 1, 1, 1.0, 0.75), (progress.Routines, progress.Outcomes, progress.Done, progress.Adherence, progress.Completion));
        OutcomeProgress entry = Assert.Single(progress.Entries);
        Assert.Equal(("r1", Monday.AddHours(1), 4, 3), (entry.RoutineId, entry.LoggedAt, entry.Planned, entry.Completed));
        Assert.Equal(7, entry.Outcome.StiffnessBefore);
        PainSeries neck = Assert.Single(progress.Pain);
        Assert.Equal(Region.Neck, neck.Region);
        Assert.Equal([new PainReading(Monday.AddHours(1), 4, 2)], neck.Readings);
    }

    [Fact]
    public void Several_outcomes_average_their_completion_and_give_each_region_a_series_in_region_order()
    {
        StoredRoutine first = Routine("r1", Monday, "lateral-neck-flexion", "shoulder-circle", "scapular-retraction-pulse", "ankle-pumps");
        StoredRoutine second = Routine("r2", Monday.AddDays(1), "ankle-pumps", "micro-squat", "lateral-neck-flexion");
        StoredRoutine undone = Routine("r3", Monday.AddDays(2), "lateral-neck-flexion");
        DateTimeOffset[] at = [Monday.AddHours(1), Monday.AddHours(5), Monday.AddDays(1).AddHours(1)];
        StoredOutcome[] outcomes =
        [
            Outcome("o1", first, at[0], """{ "completed": ["lateral-neck-flexion", "ankle-pumps"], "painBefore": { "knees": 6, "neck": 3 }, "painAfter": { "knees": 5 } }"""),
            Outcome("o2", first, at[1], """{ "completed": ["lateral-neck-flexion", "shoulder-circle", "scapular-retraction-pulse", "ankle-pumps"], "painAfter": { "neck": 1 } }"""),
            Outcome("o3", second, at[2], """{ "completed": ["micro-squat"], "painBefore": { "knees": 4 }, "painAfter": { "knees": 2 } }"""),
        ];

        PersonProgress progress = StoredProgress.Of([first, second, undone], outcomes, NoStarts, Exercises);

        // Completion: (2/4 + 4/4 + 1/3) / 3 = 0.6111; adherence: r1 and r2 done of the three due, 2/3.
        Assert.Equal((3, 3, 2, 0.667, 0.611), (progress.Routines, progress.Outcomes, progress.Done, progress.Adherence, progress.Completion));
        Assert.Equal(["o1:4:2", "o2:4:4", "o3:3:1"], progress.Entries.Select((e, i) => $"o{i + 1}:{e.Planned}:{e.Completed}"));
        // Neck comes before knees in the contract, whatever order they were logged in.
        Assert.Equal([Region.Neck, Region.Knees], progress.Pain.Select(s => s.Region));
        Assert.Equal([new PainReading(at[0], 3, null), new PainReading(at[1], null, 1)], progress.Pain[0].Readings);
        Assert.Equal([new PainReading(at[0], 6, 5), new PainReading(at[2], 4, 2)], progress.Pain[1].Readings);
    }

    [Fact]
    public void A_routine_replaced_the_same_day_before_it_was_done_was_only_looked_at()
    {
        StoredRoutine looked = Routine("r1", Monday, "lateral-neck-flexion");
        StoredRoutine replacement = Routine("r2", Monday.AddMinutes(2), "shoulder-circle");
        StoredRoutine doneNextDay = Routine("r3", Monday.AddDays(1), "lateral-neck-flexion");
        StoredRoutine leftUndone = Routine("r4", Monday.AddDays(1).AddHours(3), "ankle-pumps");
        StoredOutcome[] outcomes =
        [
            Outcome("o1", replacement, Monday.AddHours(1), """{ "completed": ["shoulder-circle"] }"""),
            Outcome("o2", doneNextDay, Monday.AddDays(1).AddHours(1), """{ "completed": ["lateral-neck-flexion"] }"""),
        ];

        PersonProgress progress = StoredProgress.Of([looked, replacement, doneNextDay, leftUndone], outcomes, NoStarts, Exercises);

        // Monday: r1 skipped for r2, which was done: one due. Tuesday: r3 done, then r4 left undone as the day's last: two due.
        Assert.Equal(3, Adherence.Due(new[] { looked, replacement, doneNextDay, leftUndone }.Select(Planned).ToArray(), new HashSet<string> { "r2", "r3" }));
        Assert.Equal((4, 2, 0.667), (progress.Routines, progress.Done, progress.Adherence));
        Assert.Equal(1.0, progress.Completion);
    }

    [Fact]
    public void A_routine_started_but_never_logged_is_done_but_has_no_entry()
    {
        StoredRoutine started = Routine("r1", Monday, "lateral-neck-flexion", "ankle-pumps");
        StoredRoutine later = Routine("r2", Monday.AddDays(1), "lateral-neck-flexion");

        PersonProgress progress = StoredProgress.Of([started, later], [], new Dictionary<string, DateTimeOffset> { ["r1"] = Monday.AddMinutes(5) }, Exercises);

        Assert.Equal((2, 0, 1, 0.5, 0.0), (progress.Routines, progress.Outcomes, progress.Done, progress.Adherence, progress.Completion));
        Assert.Empty(progress.Entries);
        Assert.Empty(progress.Pain);
    }

    [Fact]
    public void An_outcome_of_a_routine_without_items_is_an_entry_but_no_part_of_completion()
    {
        StoredRoutine empty = Routine("r1", Monday, Array.Empty<string>());
        StoredRoutine full = Routine("r2", Monday.AddDays(1), "lateral-neck-flexion", "ankle-pumps");
        StoredOutcome[] outcomes =
        [
            Outcome("o1", empty, Monday.AddHours(1), """{ "completed": ["lateral-neck-flexion"] }"""),
            Outcome("o2", full, Monday.AddDays(1).AddHours(1), """{ "completed": ["ankle-pumps"] }"""),
        ];

        PersonProgress progress = StoredProgress.Of([empty, full], outcomes, NoStarts, Exercises);

        Assert.Equal([(0, 0), (2, 1)], progress.Entries.Select(e => (e.Planned, e.Completed)));
        Assert.Equal(0.5, progress.Completion);
    }

    private static PlannedRoutine Planned(StoredRoutine routine) => new(routine.RoutineId, routine.CreatedAt, StoredRoutineJson.Read(routine.Routine));
}
