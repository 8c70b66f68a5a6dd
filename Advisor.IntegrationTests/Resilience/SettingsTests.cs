using Advisor.IntegrationTests.Cli;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Resilience;

/// <summary>A setting the host does not accept stops the start: one line naming it, its value and what it accepts, exit code 2.</summary>
public sealed class SettingsTests
{
    private static readonly string Db = Path.Combine(Path.GetTempPath(), $"advisor-settings-{Guid.NewGuid():n}.db");

    public static TheoryData<string[], string, string> BadCommandLines => new()
    {
        { ["--DbTimeoutSeconds", "-1"], "DbTimeoutSeconds", "'-1'" },
        { ["--DbTimeoutSeconds", "abc"], "DbTimeoutSeconds", "'abc'" },
        { ["--MaxBodyBytes", "0"], "MaxBodyBytes", "'0'" },
        { ["--RequestBurst", "0"], "RequestBurst", "'0'" },
        { ["--RequestsPerMinute", "-5"], "RequestsPerMinute", "'-5'" },
        { ["--urls", "notaurl"], "urls", "'notaurl'" },
        { ["--Personalization", "maybe"], "Personalization", "'maybe'" },
        { ["--PersonalizationSeed=1.5"], "PersonalizationSeed", "'1.5'" },
        { ["--ResidentPeople", "0"], "ResidentPeople", "'0'" },
        { ["--LearningWindow", "999"], "LearningWindow", "'999'" },
        { ["--LearningWindow", "100000001"], "LearningWindow", "'100000001'" },
    };

    [Theory]
    [MemberData(nameof(BadCommandLines))]
    public async Task A_bad_value_on_the_command_line_is_one_line_and_code_2(string[] settings, string setting, string value)
    {
        CommandResult result = await AdvisorCommand.RunAsync(["--db", Db, .. settings]);

        AssertRefused(result, setting, value);
    }

    [Theory]
    [InlineData("ADVISOR_DBTIMEOUTSECONDS", "abc", "DbTimeoutSeconds")]
    [InlineData("ADVISOR_PERSONALIZATION", "maybe", "Personalization")]
    [InlineData("ADVISOR_MAXBODYBYTES", "10 MiB", "MaxBodyBytes")]
    public async Task A_bad_value_in_the_environment_is_one_line_and_code_2(string variable, string value, string setting)
    {
        CommandResult result = await AdvisorCommand.RunAsync(["--db", Db], new Dictionary<string, string> { [variable] = value });

        AssertRefused(result, setting, $"'{value}'");
    }

    [Fact]
    public async Task Every_bad_value_is_named_at_once()
    {
        CommandResult result = await AdvisorCommand.RunAsync("--db", Db, "--MaxBodyBytes", "0", "--RequestBurst", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("MaxBodyBytes", result.Output, StringComparison.Ordinal);
        Assert.Contains("RequestBurst", result.Output, StringComparison.Ordinal);
        Assert.Equal(2, Lines(result).Length);
    }

    [Fact]
    public async Task An_unknown_option_is_refused_with_the_nearest_setting()
    {
        CommandResult result = await AdvisorCommand.RunAsync("--db", Db, "--prot", "5000");

        Assert.Equal(2, result.ExitCode);
        string line = Assert.Single(Lines(result));
        Assert.Contains("'--prot'", line, StringComparison.Ordinal);
        Assert.Contains("Did you mean --urls?", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_setting_is_answered_with_its_right_spelling()
    {
        CommandResult result = await AdvisorCommand.RunAsync("--db", Db, "--RequestBrust", "5");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Did you mean --RequestBurst?", Assert.Single(Lines(result)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_that_cannot_be_reached_at_start_is_one_line_and_code_1()
    {
        // Nothing listens on port 1: the start fails while migrating, inside the running host.
        var free = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        free.Start();
        int port = ((System.Net.IPEndPoint)free.LocalEndpoint).Port;
        free.Stop();
        CommandResult result = await AdvisorCommand.RunAsync("--db", "Host=127.0.0.1;Port=1;Username=advisor;Database=advisor;Timeout=2", "--urls", $"http://127.0.0.1:{port}");

        Assert.True(result.ExitCode == 1, $"`{result.CommandLine}` exited with {result.ExitCode}:\n{result.Output}");
        Assert.Contains("Cannot open the store (postgresql, 127.0.0.1:1/advisor)", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }

    private static void AssertRefused(CommandResult result, string setting, string value)
    {
        Assert.True(result.ExitCode == 2, $"`{result.CommandLine}` exited with {result.ExitCode}:\n{result.Output}");
        string line = Assert.Single(Lines(result));
        Assert.Contains($"setting {setting} ", line, StringComparison.Ordinal);
        Assert.Contains(value, line, StringComparison.Ordinal);
        Assert.Contains("it accepts", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Db), "a refused start should not create the store");
    }

    private static string[] Lines(CommandResult result) => result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
