using System.Net;

namespace Advisor.Benchmarks.Load;

/// <summary>
/// <c>load</c>: drives the running host over HTTP with a fixed number of connections for a fixed
/// time and reports throughput, latency percentiles, errors and the host's peak memory.
/// </summary>
public static class LoadCommand
{
    /// <summary>Runs the command; exit code 0 when the run finished without errors, 1 with errors, 2 for bad arguments.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"load: {e.Message}\n\n{LoadOptions.Usage}");
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        using var client = new HttpClient(Handler(options.Connections)) { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(30) };
        ExampleAssessments examples = ExampleAssessments.Load();
        ILoadScenario scenario = options.Scenario switch
        {
            "anonymous-routines" => new AnonymousRoutines(examples),
            "personal-routines" => new PersonalRoutines(examples, options.HistoryOutcomes),
            _ => new LoggedOutcomes(examples, options.RoutinesPerPerson),
        };
        await scenario.PrepareAsync(client, options.Connections, cancel.Token);

        var runner = new LoadRunner(client, scenario, options.Connections);
        if (options.WarmupSeconds > 0) await runner.RunAsync(TimeSpan.FromSeconds(options.WarmupSeconds), cancel.Token);

        await using var watch = new HostWatch(options.HostPid, options.StoreUser);
        (WorkerTally[] tallies, TimeSpan elapsed) = await runner.RunAsync(TimeSpan.FromSeconds(options.DurationSeconds), cancel.Token);
        HostFigures figures = await watch.StopAsync();
        var result = new LoadResult(tallies, elapsed);
        LoadReport.Print(options, scenario.Describe(), result, figures);
        return result.Errors == 0 ? 0 : 1;
    }

    // One connection per worker, kept open for the whole run, as a pool of long-lived clients would.
    private static SocketsHttpHandler Handler(int connections) => new()
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        UseProxy = false,
    };
}
