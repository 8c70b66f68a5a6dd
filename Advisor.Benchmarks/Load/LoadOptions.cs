using System.Globalization;

namespace Advisor.Benchmarks.Load;

/// <summary>What one load run does: which scenario, how many connections, for how long, against which host.</summary>
public sealed record LoadOptions(
    string Scenario,
    int Connections,
    int DurationSeconds,
    int WarmupSeconds,
    Uri Url,
    int? HostPid,
    string? StoreUser,
    int HistoryOutcomes,
    int RoutinesPerPerson)
{
    /// <summary>The scenarios the generator knows.</summary>
    public static readonly string[] Scenarios = ["anonymous-routines", "personal-routines", "outcomes"];

    /// <summary>How to call the load command.</summary>
    public const string Usage =
        """
        load --scenario anonymous-routines|personal-routines|outcomes [--connections 64] [--duration 30]
             [--warmup 5] [--url http://127.0.0.1:5080] [--host-pid PID] [--store-user postgres]
             [--history 3] [--routines-per-person 8]

          --connections          concurrent connections, one worker and one person (token) each
          --duration             measured seconds
          --warmup               seconds of the same load before measuring; nothing from them is counted
          --host-pid             the host's process id: reports its peak memory and CPU use
          --store-user           the user the database server runs as: reports its CPU use
          --history              personal-routines: outcomes each person has logged before the run
          --routines-per-person  outcomes: routines each person has before the run, logged against in turn
        """;

    /// <summary>Reads the options; throws <see cref="ArgumentException"/> naming what is wrong.</summary>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
                throw new ArgumentException($"expected --name value, got '{name}'");
            values[name[2..]] = args[++i];
        }

        string scenario = values.GetValueOrDefault("scenario") ?? throw new ArgumentException("--scenario is required");
        if (!Scenarios.Contains(scenario)) throw new ArgumentException($"--scenario must be one of {string.Join(", ", Scenarios)}, got '{scenario}'");
        var options = new LoadOptions(
            scenario,
            Number(values, "connections", 64, 1),
            Number(values, "duration", 30, 1),
            Number(values, "warmup", 5, 0),
            new Uri(values.GetValueOrDefault("url") ?? "http://127.0.0.1:5080"),
            values.ContainsKey("host-pid") ? Number(values, "host-pid", 0, 1) : null,
            values.GetValueOrDefault("store-user"),
            Number(values, "history", 3, 0),
            Number(values, "routines-per-person", 8, 1));
        string[] unknown = values.Keys.Except(["scenario", "connections", "duration", "warmup", "url", "host-pid", "store-user", "history", "routines-per-person"]).ToArray();
        if (unknown.Length > 0) throw new ArgumentException($"unknown option --{unknown[0]}");
        return options;
    }

    private static int Number(Dictionary<string, string> values, string name, int fallback, int least)
    {
        if (!values.TryGetValue(name, out string? text)) return fallback;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < least)
            throw new ArgumentException($"--{name} must be a whole number of at least {least}, got '{text}'");
        return value;
    }
}
