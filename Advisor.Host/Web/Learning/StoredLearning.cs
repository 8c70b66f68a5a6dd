using System.Text.Json;
using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;

namespace Advisor.Host.Web.Learning;

/// <summary>Teaching the ranker outcomes read back from the store, in the order they were logged, each once.</summary>
public static class StoredLearning
{
    /// <summary>Teaches <paramref name="ranker"/> one stored outcome of one stored routine.</summary>
    public static void Learn(IRanker ranker, JsonSerializerOptions json, string personId, StoredRoutine routine, Outcome outcome) =>
        ranker.Learn(personId, AssessmentReader.Read(routine.Assessment), JsonSerializer.Deserialize<Routine>(routine.Routine, json)!, outcome);

    /// <summary>A stored record as the ranker learns it, the outcome parsed.</summary>
    public static OutcomeToLearn Read(LoggedRoutine record, ExerciseCatalog catalog) =>
        new(new Stamp(record.Outcome.LoggedAt, record.Outcome.OutcomeId), record.PersonId, record.Routine, OutcomeReader.Read(record.Outcome.Outcome, catalog.Ids));

    /// <summary>Learns each of <paramref name="logged"/> not learned yet; returns how many were learned now.</summary>
    public static async Task<long> LearnAsync(IAsyncEnumerable<LoggedRoutine> logged, LearningOrder learning, ExerciseCatalog catalog)
    {
        long count = 0;
        await foreach (LoggedRoutine record in logged)
        {
            // Parsed only when claimed: a record learned already costs a lookup.
            if (learning.LearnStored(new Stamp(record.Outcome.LoggedAt, record.Outcome.OutcomeId), () => Read(record, catalog))) count++;
        }

        return count;
    }
}
