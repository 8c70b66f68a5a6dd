using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using static Advisor.UnitTests.Outcomes.StoredRecords;
using Advisor.Storage.Records;
using StoredLog = Advisor.Storage.Records.LoggedRoutine;

namespace Advisor.UnitTests.Personalization;

/// <summary>Replaying stored outcomes into a ranker, without a store or a host: each record parsed and taught, in the order listed.</summary>
public sealed class OutcomeReplayTests
{
    [Fact]
    public async Task Every_record_is_taught_in_the_order_listed_with_its_assessment_routine_and_outcome()
    {
        StoredLog[] history = [Logged("ann", "r1", 25, """{ "completed": ["back-lift"] }"""), Logged("bob", "r2", 5, """{ "ratings": { "hip-circles": "too-hard" } }""")];
        var ranker = new RecordingRanker();

        long learned = await OutcomeReplay.ReplayAsync(Listed(history), ranker, Exercises);

        Assert.Equal(2, learned);
        Assert.Equal([("ann", 25, "r1"), ("bob", 5, "r2")], ranker.Lessons.Select(l => (l.PersonId, l.Assessment.Minutes, l.Served.RoutineId)));
        Assert.Equal(["back-lift"], ranker.Lessons[0].Outcome.Completed);
        Assert.Equal(Rating.TooHard, ranker.Lessons[1].Outcome.Ratings["hip-circles"]);
        Assert.Equal(["back-lift", "hip-circles"], ranker.Lessons[0].Served.Phases.SelectMany(p => p.Items).Select(i => i.ExerciseId));
    }

    [Fact]
    public async Task Only_the_records_not_learned_already_are_counted()
    {
        StoredLog[] history = [Logged("ann", "r1", 10, "{}"), Logged("ann", "r2", 10, "{}"), Logged("ann", "r3", 10, "{}")];
        var offered = new List<string>();

        long learned = await OutcomeReplay.ReplayAsync(Listed(history), record =>
        {
            offered.Add(record.OutcomeId);
            return record.OutcomeId != "o-r2";
        });

        Assert.Equal(2, learned);
        Assert.Equal(["o-r1", "o-r2", "o-r3"], offered);
    }

    [Fact]
    public async Task An_outcome_naming_an_exercise_outside_the_catalog_stops_the_replay()
    {
        StoredLog[] history = [Logged("ann", "r1", 10, """{ "completed": ["no-such-exercise"] }""")];

        await Assert.ThrowsAsync<Advisor.Engine.Documents.InvalidDocumentException>(
            () => OutcomeReplay.ReplayAsync(Listed(history), new RecordingRanker(), Exercises));
    }

    private static StoredLog Logged(string personId, string routineId, int minutes, string outcome)
    {
        StoredRoutine routine = Routine(routineId, Monday, "back-lift", "hip-circles") with { PersonId = personId, Assessment = $$"""{"minutes":{{minutes}}}""" };
        return new StoredLog(personId, routine, Outcome("o-" + routineId, routine, Monday.AddHours(1), outcome));
    }

    private static async IAsyncEnumerable<ServedOutcome> Listed(IEnumerable<StoredLog> history)
    {
        foreach (StoredLog logged in history)
        {
            await Task.Yield();
            yield return logged.AsServed();
        }
    }

    private sealed class RecordingRanker : IRanker
    {
        public List<(string PersonId, Assessment Assessment, Routine Served, Outcome Outcome)> Lessons { get; } = [];

        public bool Enabled => true;

        public PhaseRanking Rank(RankingRequest request) => throw new NotSupportedException("Only learning is replayed.");

        public void Learn(string personId, Assessment assessment, Routine served, Outcome outcome, Stamp? logged = null) => Lessons.Add((personId, assessment, served, outcome));
    }
}
