using System.Net;

namespace Advisor.IntegrationTests.Resilience;

/// <summary>A normal start says what it did at information level: nothing about it is a warning.</summary>
public sealed class StartLogTests : IAsyncLifetime
{
    private readonly SqliteStoreUnderTest _store = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Restarting_over_logged_outcomes_reports_what_the_ranker_learned_as_information()
    {
        await using (HostProcess first = await HostProcess.StartAsync(_store.Setting))
        {
            Person person = await Api.CreatePersonAsync(first.Client);
            string routine = await Api.CreateRoutineAsync(first.Client, person);
            using HttpResponseMessage logged = await first.Client.SendAsync(Api.LogOutcome(person, routine, Api.Outcome, "start-log"));
            await Api.ExpectAsync(logged, HttpStatusCode.Created, "the outcome to learn from");
        }

        await using HostProcess second = await HostProcess.StartAsync(_store.Setting);

        // The console logger writes from its own thread, so the line may follow the ready line.
        Web.Support.Poll.Until(() => second.Output.Contains("learned from 1 logged outcomes", StringComparison.Ordinal), TimeSpan.FromSeconds(10), "the start's log line");
        string output = second.Output;
        Assert.Contains("info: Advisor.Host.Web.Learning.RankerRebuild", output, StringComparison.Ordinal);
        Assert.DoesNotContain("warn:", output, StringComparison.Ordinal);
    }
}
