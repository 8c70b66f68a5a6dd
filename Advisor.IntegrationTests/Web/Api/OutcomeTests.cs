using System.Net;
using System.Text;
using System.Text.Json;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>POST /api/routines/{id}/outcomes: a receipt for the person's own routine, once per Idempotency-Key however often it is retried.</summary>
public sealed class OutcomeTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    public static TheoryData<string, string[]> BadOutcomes => new()
    {
        { """{ "painAfter": { "neck": 11 } }""", ["painAfter.neck"] },
        { """{ "painBefore": { "neck": -1 } }""", ["painBefore.neck"] },
        { """{ "painBefore": { "elbows": 3 } }""", ["painBefore.elbows"] },
        { """{ "painBefore": [ 3 ] }""", ["painBefore"] },
        { """{ "stiffnessAfter": 0 }""", ["stiffnessAfter"] },
        { """{ "energyBefore": 11 }""", ["energyBefore"] },
        { """{ "focusAfter": "high" }""", ["focusAfter"] },
        { """{ "ratings": { "cervical-nod": "meh" } }""", ["ratings.cervical-nod"] },
        { """{ "ratings": { "moonwalk": "right" } }""", ["ratings.moonwalk"] },
        { """{ "completed": [ "moonwalk" ] }""", ["completed[0]"] },
        { """{ "completed": [ "cervical-nod", "cervical-nod" ] }""", ["completed[1]"] },
        { """{ "completed": "cervical-nod" }""", ["completed"] },
        { """{ "conditions": [ "sleepy" ] }""", ["conditions[0]"] },
        { """{ "mood": "fine" }""", ["mood"] },
        { """{ "stiffnessBefore": 7 """, ["$"] },
        { """ "fine" """, ["$"] },
        {
            """{ "painAfter": { "neck": 11 }, "stiffnessAfter": 0, "ratings": { "cervical-nod": "meh" }, "completed": [ "moonwalk" ] }""",
            ["painAfter.neck", "stiffnessAfter", "ratings.cervical-nod", "completed[0]"]
        },
    };

    [Fact]
    public async Task An_outcome_for_ones_routine_is_201_with_a_receipt_and_stored_as_sent()
    {
        using PersonWithRoutine person = await NewPersonWithRoutineAsync();
        string outcome = Completing(person.Routine, 2);
        DateTimeOffset before = DateTimeOffset.UtcNow.AddSeconds(-1);

        using HttpResponseMessage response = await person.PostOutcomeAsync(outcome);

        JsonElement receipt = await response.JsonAsync(HttpStatusCode.Created);
        string outcomeId = receipt.GetProperty("outcomeId").GetString()!;
        Assert.Equal(person.Routine.RoutineId(), receipt.GetProperty("routineId").GetString());
        Assert.InRange(receipt.GetProperty("loggedAt").GetDateTimeOffset(), before, DateTimeOffset.UtcNow.AddSeconds(1));
        var row = Assert.Single(await host.Database.RowsAsync("outcomes"), r => r["id"] == outcomeId);
        Assert.Equal(person.UserId, row["person_id"]);
        Assert.Equal(person.Routine.RoutineId(), row["routine_id"]);
        Assert.Equal(outcome, row["outcome"]);
    }

    [Fact]
    public async Task The_contract_example_outcome_is_accepted()
    {
        using PersonWithRoutine person = await NewPersonWithRoutineAsync(Documents.ContractExample);

        using HttpResponseMessage response = await person.PostOutcomeAsync(Documents.ContractOutcome);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(BadOutcomes))]
    public async Task A_bad_outcome_is_400_naming_each_field_and_nothing_is_written(string json, string[] fields)
    {
        using PersonWithRoutine person = await NewPersonWithRoutineAsync();
        SqliteFile.Counts before = await host.Database.CountsAsync();

        using HttpResponseMessage response = await person.PostOutcomeAsync(json, "key-1");

        await response.ValidationProblemAsync(fields);
        Assert.Equal(before, await host.Database.CountsAsync());
    }

    [Fact]
    public async Task A_bad_outcome_does_not_use_up_its_idempotency_key()
    {
        using PersonWithRoutine person = await NewPersonWithRoutineAsync();

        using HttpResponseMessage rejected = await person.PostOutcomeAsync("""{ "stiffnessAfter": 0 }""", "same-key");
        using HttpResponseMessage accepted = await person.PostOutcomeAsync("""{ "stiffnessAfter": 3 }""", "same-key");

        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task A_retry_with_the_same_key_and_body_is_200_with_the_first_receipt_and_one_row()
    {
        using PersonWithRoutine person = await NewPersonWithRoutineAsync();
        string outcome = Completing(person.Routine, 1);

        using HttpResponseMessage first = await person.PostOutcomeAsync(outcome, "retry-me");
        string receipt = await first.Content.ReadAsStringAsync();
        using HttpResponseMessage second = await person.PostOutcomeAsync(outcome, "retry-me");
        using HttpResponseMessage third = await person.PostOutcomeAsync(outcome, "retry-me");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(receipt, await second.Content.ReadAsStringAsync());
        Assert.Equal(receipt, await third.Content.ReadAsStringAsync());
        Assert.Equal(1, await host.Database.OutcomesOfAsync(person.UserId));
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_409_and_nothing_is_written()
    {
        using PersonWithRoutine person = await NewPersonWithRoutineAsync();
        using HttpResponseMessage first = await person.PostOutcomeAsync(Documents.Pain("neck", 4, 3), "one-key");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        SqliteFile.Counts before = await host.Database.CountsAsync();

        using HttpResponseMessage conflict = await person.PostOutcomeAsync(Documents.Pain("neck", 4, 2), "one-key");

        JsonElement problem = await conflict.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Idempotency-Key", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await host.Database.CountsAsync());
        Assert.Equal(Documents.Pain("neck", 4, 3), Assert.Single(await host.Database.RowsAsync("outcomes"), r => r["person_id"] == person.UserId)["outcome"]);
    }

    [Fact]
    public async Task The_same_key_and_body_for_another_of_ones_routines_is_409()
    {
        using PersonWithRoutine person = await NewPersonWithRoutineAsync();
        JsonElement other = await NewRoutineAsync(person.Person);
        using HttpResponseMessage first = await person.PostOutcomeAsync(Documents.Pain("neck", 4, 3), "k");

        using HttpResponseMessage second = await person.Person.Client.PostJsonAsync(OutcomesOf(other), Documents.Pain("neck", 4, 3), "k");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await second.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await host.Database.OutcomesOfAsync(person.UserId));
    }

    [Fact]
    public async Task Without_a_key_every_post_is_a_new_outcome()
    {
        using PersonWithRoutine person = await NewPersonWithRoutineAsync();

        using HttpResponseMessage first = await person.PostOutcomeAsync(Documents.Pain("neck", 4, 3));
        using HttpResponseMessage second = await person.PostOutcomeAsync(Documents.Pain("neck", 4, 3));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.NotEqual((await first.JsonAsync()).GetProperty("outcomeId").GetString(), (await second.JsonAsync()).GetProperty("outcomeId").GetString());
        Assert.Equal(2, await host.Database.OutcomesOfAsync(person.UserId));
    }

    [Fact]
    public async Task Two_people_may_use_the_same_key()
    {
        using PersonWithRoutine a = await NewPersonWithRoutineAsync();
        using PersonWithRoutine b = await NewPersonWithRoutineAsync();

        using HttpResponseMessage first = await a.PostOutcomeAsync(Documents.Pain("neck", 4, 3), "shared");
        using HttpResponseMessage second = await b.PostOutcomeAsync(Documents.Pain("neck", 4, 3), "shared");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("a-key")]
    public async Task Another_persons_routine_is_404_and_nothing_is_written(string? key)
    {
        using PersonWithRoutine owner = await NewPersonWithRoutineAsync();
        using Person other = await host.NewPersonAsync();
        SqliteFile.Counts before = await host.Database.CountsAsync();

        using HttpResponseMessage response = await other.Client.PostJsonAsync(OutcomesOf(owner.Routine), Documents.Pain("neck", 4, 3), key);
        using HttpResponseMessage unknown = await other.Client.PostJsonAsync($"/api/routines/{Guid.CreateVersion7():n}/outcomes", Documents.Pain("neck", 4, 3), key);

        JsonElement problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(Http.WithoutTraceId(await unknown.ProblemAsync(HttpStatusCode.NotFound)), Http.WithoutTraceId(problem));
        Assert.Equal(before, await host.Database.CountsAsync());
    }

    [Fact]
    public async Task An_anonymous_routine_was_never_stored_so_its_outcome_is_404()
    {
        using Person person = await host.NewPersonAsync();
        using HttpClient anonymous = host.CreateClient();
        using HttpResponseMessage served = await anonymous.PostJsonAsync("/api/routines", Documents.DeskNeck);
        string id = (await served.JsonAsync(HttpStatusCode.OK)).RoutineId();
        SqliteFile.Counts before = await host.Database.CountsAsync();

        using HttpResponseMessage response = await person.Client.PostJsonAsync($"/api/routines/{id}/outcomes", Documents.Pain("neck", 4, 3), "k");

        await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, await host.Database.CountsAsync());
    }

    [Fact]
    public async Task Twenty_concurrent_retries_with_one_key_store_exactly_one_outcome()
    {
        using PersonWithRoutine person = await NewPersonWithRoutineAsync();
        string outcome = Completing(person.Routine, 2);
        using var start = new SemaphoreSlim(0);

        Task<(HttpStatusCode Status, string Body)>[] posts = Enumerable.Range(0, 20).Select(async _ =>
        {
            await start.WaitAsync();
            using HttpResponseMessage response = await person.PostOutcomeAsync(outcome, "the-one-key");
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }).ToArray();
        start.Release(posts.Length);
        var answers = await Task.WhenAll(posts);

        Assert.Equal(1, await host.Database.OutcomesOfAsync(person.UserId));
        Assert.Single(answers, a => a.Status == HttpStatusCode.Created);
        Assert.All(answers, a => Assert.True(a.Status is HttpStatusCode.Created or HttpStatusCode.OK, $"{(int)a.Status}: {a.Body}"));
        Assert.Single(answers.Select(a => a.Body).Distinct());
    }

    [Fact]
    public async Task Without_a_token_it_is_401_and_nothing_is_written()
    {
        using PersonWithRoutine person = await NewPersonWithRoutineAsync();
        using HttpClient anonymous = host.CreateClient();
        SqliteFile.Counts before = await host.Database.CountsAsync();

        using HttpResponseMessage response = await anonymous.PostJsonAsync(OutcomesOf(person.Routine), Documents.Pain("neck", 4, 3));

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(before, await host.Database.CountsAsync());
    }

    // An empty key cannot be tried here: the in-memory client drops a header with no value.
    [Theory]
    [InlineData("x", 201)]
    [InlineData("bell\u0007", 1)]
    public async Task An_idempotency_key_must_be_1_to_200_printable_characters(string key, int repeat)
    {
        using PersonWithRoutine person = await NewPersonWithRoutineAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, OutcomesOf(person.Routine)) { Content = Http.Json(Documents.Pain("neck", 4, 3)) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", string.Concat(Enumerable.Repeat(key, repeat)));

        using HttpResponseMessage response = await person.Person.Client.SendAsync(request);

        await response.ValidationProblemAsync("Idempotency-Key");
        Assert.Equal(0, await host.Database.OutcomesOfAsync(person.UserId));
    }

    [Fact]
    public async Task An_idempotency_key_of_200_characters_is_fine()
    {
        using PersonWithRoutine person = await NewPersonWithRoutineAsync();

        using HttpResponseMessage response = await person.PostOutcomeAsync("{}", new string('k', 200));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task An_outcome_that_is_not_json_is_415()
    {
        using PersonWithRoutine person = await NewPersonWithRoutineAsync();

        using HttpResponseMessage response = await person.Person.Client.PostAsync(OutcomesOf(person.Routine),
            new StringContent(Documents.Pain("neck", 4, 3), Encoding.UTF8, "text/plain"));

        JsonElement problem = await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("text/plain", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await host.Database.OutcomesOfAsync(person.UserId));
    }

    [Fact]
    public async Task An_outcome_over_64_KiB_is_413()
    {
        using PersonWithRoutine person = await NewPersonWithRoutineAsync();
        string padded = "{}" + new string(' ', 64 * 1024);

        using HttpResponseMessage response = await person.PostOutcomeAsync(padded, "k");

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await host.Database.OutcomesOfAsync(person.UserId));
    }

    /// <summary>A new person with a stored routine of theirs, made from <paramref name="assessment"/>.</summary>
    private async Task<PersonWithRoutine> NewPersonWithRoutineAsync(string assessment = Documents.DeskNeck)
    {
        Person person = await host.NewPersonAsync();
        return new PersonWithRoutine(person, await NewRoutineAsync(person, assessment));
    }

    private static async Task<JsonElement> NewRoutineAsync(Person person, string assessment = Documents.DeskNeck)
    {
        using HttpResponseMessage response = await person.Client.PostJsonAsync("/api/routines", assessment);
        return await response.JsonAsync(HttpStatusCode.Created);
    }

    private static string OutcomesOf(JsonElement routine) => $"/api/routines/{routine.RoutineId()}/outcomes";

    /// <summary>A person about to log an outcome of their routine.</summary>
    private sealed record PersonWithRoutine(Person Person, JsonElement Routine) : IDisposable
    {
        public string UserId => Person.UserId;

        /// <summary>Posts <paramref name="outcome"/> for the routine, under <paramref name="key"/> as Idempotency-Key when there is one.</summary>
        public Task<HttpResponseMessage> PostOutcomeAsync(string outcome, string? key = null) => Person.Client.PostJsonAsync(OutcomesOf(Routine), outcome, key);

        public void Dispose() => Person.Dispose();
    }

    /// <summary>An outcome that completes the first <paramref name="count"/> items and rates the first one right.</summary>
    private static string Completing(JsonElement routine, int count)
    {
        string[] ids = routine.Ids().Take(count).ToArray();
        return JsonSerializer.Serialize(new
        {
            completed = ids,
            painBefore = new Dictionary<string, int> { ["neck"] = 3 },
            painAfter = new Dictionary<string, int> { ["neck"] = 2 },
            ratings = new Dictionary<string, string> { [ids[0]] = "right" },
        });
    }
}
