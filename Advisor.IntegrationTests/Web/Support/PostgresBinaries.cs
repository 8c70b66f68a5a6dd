using System.Globalization;
using System.Text.RegularExpressions;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>The folder holding a PostgreSQL server's initdb, pg_ctl and postgres, and their version.</summary>
public sealed partial record PostgresBinaries(string Directory, string Version)
{
    private const string DebianRoot = "/usr/lib/postgresql";
    private static readonly string[] Required = ["initdb", "pg_ctl", "postgres"];
    private static readonly Lazy<Task<PostgresBinaries>> Found = new(FindAsync);

    /// <summary>initdb, which creates a data directory.</summary>
    public string InitDb => Path.Combine(Directory, "initdb");

    /// <summary>pg_ctl, which starts and stops the server.</summary>
    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>The major version, 15 for "15.18".</summary>
    public int MajorVersion => int.Parse(Version.Split('.')[0], CultureInfo.InvariantCulture);

    /// <summary>The binaries, looked up once per test run.</summary>
    public static Task<PostgresBinaries> Locate() => Found.Value;

    /// <summary>
    /// Asks <c>pg_config --bindir</c> first, then takes the newest <c>/usr/lib/postgresql/*/bin</c>
    /// (Debian's layout, where pg_config may belong to a client-only package of another version).
    /// </summary>
    private static async Task<PostgresBinaries> FindAsync()
    {
        var lookedAt = new List<string>();
        var candidates = new List<string>();

        try
        {
            var pgConfig = await Command.RunAsync("pg_config", ["--bindir"], TimeSpan.FromSeconds(20));
            if (pgConfig.Succeeded) candidates.Add(pgConfig.Output.Trim());
            else lookedAt.Add($"`pg_config --bindir` (exit code {pgConfig.ExitCode})");
        }
        catch (InvalidOperationException)
        {
            lookedAt.Add("`pg_config --bindir` (pg_config is not on PATH)");
        }

        if (System.IO.Directory.Exists(DebianRoot))
        {
            candidates.AddRange(System.IO.Directory.GetDirectories(DebianRoot)
                .OrderByDescending(folder => decimal.TryParse(Path.GetFileName(folder), CultureInfo.InvariantCulture, out decimal v) ? v : -1)
                .Select(folder => Path.Combine(folder, "bin")));
        }
        else
        {
            lookedAt.Add($"{DebianRoot}/*/bin ({DebianRoot} does not exist)");
        }

        foreach (string folder in candidates.Distinct())
        {
            string[] missing = [.. Required.Where(name => !File.Exists(Path.Combine(folder, name)))];
            if (missing.Length > 0)
            {
                lookedAt.Add($"{folder} (no {string.Join(", ", missing)})");
                continue;
            }
            return new PostgresBinaries(folder, await VersionOf(folder));
        }

        throw new InvalidOperationException(
            $"The PostgreSQL server programs {string.Join(", ", Required)} were not found. Looked at:\n  - "
            + string.Join("\n  - ", lookedAt)
            + "\nInstall the server (on Debian: apt-get install -y postgresql) so the tests can start their own.");
    }

    private static async Task<string> VersionOf(string folder)
    {
        // "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"; --version is allowed even as root.
        var result = (await Command.RunAsync(Path.Combine(folder, "postgres"), ["--version"], TimeSpan.FromSeconds(20)))
            .EnsureSuccess("Asking postgres for its version");
        var match = VersionPattern().Match(result.Output);
        return match.Success
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"Could not read a version from `postgres --version`: {result.Output.Trim()}");
    }

    [GeneratedRegex(@"\(PostgreSQL\)\s+(\d+(?:\.\d+)*)")]
    private static partial Regex VersionPattern();
}
