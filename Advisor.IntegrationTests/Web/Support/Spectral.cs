using System.Text.Json;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// Stoplight's Spectral, the OpenAPI linter, installed with npm into a folder of its own under the
/// temp folder the first time a test needs it, so a fresh machine needs only node and npm.
/// </summary>
internal static class Spectral
{
    private const string Package = "@stoplight/spectral-cli@6.16.3";
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan LintTimeout = TimeSpan.FromMinutes(1);

    // Named by the version, so a new pin installs beside the old one instead of over it; not under
    // the scratch prefix, whose sweep would delete it as a leftover.
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "routine-advisor-tools", "spectral-cli-6.16.3");

    private static string Executable => Path.Combine(Folder, "node_modules", ".bin", "spectral");

    // Written once npm has finished, so an install cut short is done again rather than half used.
    private static string Installed => Path.Combine(Folder, "installed");

    /// <summary>Lints <paramref name="document"/> with <paramref name="ruleset"/>; every finding, whatever its severity.</summary>
    public static async Task<IReadOnlyList<SpectralFinding>> LintAsync(string document, string ruleset)
    {
        await InstallIfMissingAsync();
        string report = Path.Combine(Path.GetDirectoryName(document)!, Path.GetFileNameWithoutExtension(document) + ".findings.json");
        File.Delete(report);
        CommandResult lint = await Command.RunAsync(Executable,
            ["lint", document, "--ruleset", ruleset, "-f", "json", "--output", report], LintTimeout);
        // The report goes to a file of its own: what Spectral says on the console is not JSON.
        if (!File.Exists(report)) throw new InvalidOperationException($"`{lint.CommandLine}` wrote no findings (exit code {lint.ExitCode}):\n{lint.Output}");
        using JsonDocument findings = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        return [.. findings.RootElement.EnumerateArray().Select(SpectralFinding.Of)];
    }

    private static async Task InstallIfMissingAsync()
    {
        if (File.Exists(Installed)) return;
        using var installing = await InstallLock.AcquireAsync("spectral-install", InstallTimeout);
        // Another test run may have installed it while this one waited for the lock.
        if (File.Exists(Installed)) return;
        Directory.CreateDirectory(Folder);
        (await Command.RunAsync("npm", ["install", "--prefix", Folder, "--no-audit", "--no-fund", Package], InstallTimeout))
            .EnsureSuccess("Installing Spectral for the OpenAPI lint");
        await File.WriteAllTextAsync(Installed, Package);
    }
}

/// <summary>One thing Spectral found: its rule, how severe (0 error, 1 warning, 2 information, 3 hint), where, and what.</summary>
internal sealed record SpectralFinding(string Code, int Severity, string Path, string Message)
{
    public static SpectralFinding Of(JsonElement finding) => new(
        finding.GetProperty("code").ToString(),
        finding.GetProperty("severity").GetInt32(),
        string.Join('.', finding.GetProperty("path").EnumerateArray().Select(p => p.ToString())),
        finding.GetProperty("message").GetString()!);

    public override string ToString() => $"{(Severity == 0 ? "error" : Severity == 1 ? "warning" : "note")} {Code} at {Path}: {Message}";
}
