using Advisor.IntegrationTests.Resilience;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Cli;

/// <summary>The built <c>advisor</c> run as a process to completion, as a person runs it from a shell (output piped, not a terminal).</summary>
public static class AdvisorCommand
{
    /// <summary>Runs <c>advisor <paramref name="args"/></c> from the repository's data folder, with no ADVISOR_ setting but those in <paramref name="environment"/>.</summary>
    public static Task<CommandResult> RunAsync(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var settings = new Dictionary<string, string>(environment ?? new Dictionary<string, string>());
        return Command.RunAsync(HostProcess.Dotnet(), [HostProcess.AssemblyPath, .. args], TimeSpan.FromSeconds(60), AppContext.BaseDirectory, settings);
    }

    /// <summary>Runs <c>advisor <paramref name="args"/></c>.</summary>
    public static Task<CommandResult> RunAsync(params string[] args) => RunAsync(args, null);

    /// <summary>An example assessment shipped in data/examples/.</summary>
    public static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "data", "examples", name + ".json");
}
