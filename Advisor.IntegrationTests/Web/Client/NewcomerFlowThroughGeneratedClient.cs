using System.IO.Compression;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Client;

/// <summary>
/// What a newcomer does, from the catalog to erasing themselves, through nothing but the client NSwag
/// generates from the OpenAPI document: each call the document cannot express is a gap in the document.
/// </summary>
public sealed class NewcomerFlowThroughGeneratedClient(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    private static readonly string Example = Path.Combine(AppContext.BaseDirectory, "data", "examples", "abs-wont-fire-tight-lower-back.json");

    [Fact]
    public async Task A_newcomer_reads_the_catalog_tracks_a_routine_and_erases_themselves()
    {
        using HttpClient anonymousHttp = host.CreateClient();
        var anonymous = new AdvisorClient(anonymousHttp);

        // What there is: the exercises by id, and the contract's values.
        HashSet<string> catalog = [.. (await anonymous.ListExercisesAsync()).Select(e => e.Id)];
        Vocabulary vocabulary = await anonymous.GetVocabularyAsync();
        Assert.Contains("transverse-abdominal-bracing", catalog);
        Assert.Contains("lower-back", vocabulary.Regions);
        Assert.Contains("effortless", vocabulary.Ratings);

        // An anonymous routine for an example assessment: phases of catalog exercises, nothing stored.
        Assessment assessment = Assessment.FromJson(await File.ReadAllTextAsync(Example));
        Routine tried = await anonymous.CreateRoutineAsync(assessment);
        Assert.Equal(RoutineStatus.Ok, tried.Status);
        AssertMadeOfTheCatalog(tried, catalog);

        // Tracking: a person, their token, their own routine shaped by (so far no) history.
        NewUser user = await anonymous.CreateUserAsync();
        using HttpClient personalHttp = host.ClientWith(user.Token);
        var personal = new AdvisorClient(personalHttp);
        Routine routine = await personal.CreateRoutineAsync(assessment);
        Assert.NotEqual(tried.RoutineId, routine.RoutineId);
        AssertMadeOfTheCatalog(routine, catalog);
        await personal.StartRoutineAsync(routine.RoutineId);

        // How it went, sent twice with one key as a client retrying would: one outcome.
        string[] done = [.. routine.Phases.First().Items.Select(item => item.ExerciseId)];
        var outcome = new Outcome
        {
            Completed = done,
            PainBefore = new Dictionary<string, int> { ["lower-back"] = 4 },
            PainAfter = new Dictionary<string, int> { ["lower-back"] = 2 },
            Ratings = new Dictionary<string, Rating> { [done[0]] = Rating.Effortless },
        };
        string key = Guid.NewGuid().ToString();
        LoggedOutcomeReceipt receipt = await personal.LogOutcomeAsync(routine.RoutineId, key, outcome);
        LoggedOutcomeReceipt retried = await personal.LogOutcomeAsync(routine.RoutineId, key, outcome);
        Assert.Equal(routine.RoutineId, receipt.RoutineId);
        Assert.Equal(receipt.OutcomeId, retried.OutcomeId);

        // Their routines: the one they made, started and logged; the anonymous one was never kept.
        RoutineSummary listed = Assert.Single(await personal.ListRoutinesAsync(limit: null, before: null));
        Assert.Equal(routine.RoutineId, listed.RoutineId);
        Assert.True(listed.Logged);
        Assert.True(listed.Started);
        Assert.Equal(routine.TotalSeconds, listed.TotalSeconds);

        // Progress shows the outcome logged.
        ProgressReport progress = await personal.GetProgressAsync();
        Assert.Equal(1, progress.Outcomes);
        ProgressEntry entry = Assert.Single(progress.Entries);
        Assert.Equal(routine.RoutineId, entry.RoutineId);
        Assert.Equal(done.Length, entry.Completed);
        Assert.Equal(4, entry.PainBefore["lower-back"]);
        Assert.Equal(2, entry.PainAfter["lower-back"]);

        // Every record of theirs, in each export.
        Records records = await personal.ExportRecordsJsonAsync();
        Assert.Equal(user.UserId, records.PersonId);
        Assert.Equal(routine.RoutineId, Assert.Single(records.Routines).RoutineId);
        Assert.Equal(receipt.OutcomeId, Assert.Single(records.Outcomes).OutcomeId);
        using (FileResponse csv = await personal.ExportRecordsAsync())
        {
            string text = await new StreamReader(csv.Stream).ReadToEndAsync();
            Assert.StartsWith("record,id,routineId,at,field,value", text);
            Assert.Contains(receipt.OutcomeId, text);
        }

        using (FileResponse zip = await personal.ExportRecordTablesAsync())
        {
            using var tables = new ZipArchive(zip.Stream, ZipArchiveMode.Read);
            Assert.Equal(["movements.csv", "outcomes.csv", "ratings.csv", "routines.csv"], tables.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        }

        // Erased: the token no longer opens anything.
        await personal.DeletePersonAsync();
        var refused = await Assert.ThrowsAsync<AdvisorApiException<ProblemDetails>>(() => personal.ListRoutinesAsync(limit: null, before: null));
        Assert.Equal(401, refused.StatusCode);
        Assert.Equal(401, refused.Result.Status);
    }

    private static void AssertMadeOfTheCatalog(Routine routine, HashSet<string> catalog)
    {
        Assert.NotEmpty(routine.Phases);
        Assert.All(routine.Phases, phase => Assert.NotEmpty(phase.Items));
        string[] unknown = [.. routine.Phases.SelectMany(phase => phase.Items).Select(item => item.ExerciseId).Where(id => !catalog.Contains(id))];
        Assert.True(unknown.Length == 0, "not in the catalog: " + string.Join(", ", unknown));
    }
}
