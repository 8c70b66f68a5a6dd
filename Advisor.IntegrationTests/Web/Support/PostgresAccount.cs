namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// initdb and postgres refuse to run as root. When the tests run as root (as in many CI
/// containers) the server runs as the <c>postgres</c> account through runuser, and its folder is
/// handed to that account; otherwise it runs as the current user.
/// </summary>
internal static class PostgresAccount
{
    public const string UserName = "postgres";
    private static readonly string[] RunuserLocations = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"];

    /// <summary>The command line that runs <paramref name="program"/> as the account the server uses.</summary>
    public static (string FileName, string[] Arguments) Wrap(string program, params string[] arguments)
    {
        if (!CurrentUser.IsRoot) return (program, arguments);
        string runuser = RunuserLocations.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"The tests run as root, so PostgreSQL must run as '{UserName}', but runuser was not found "
                + $"(looked at {string.Join(", ", RunuserLocations)}).");
        return (runuser, ["-u", UserName, "--", program, .. arguments]);
    }

    /// <summary>Runs <paramref name="program"/> as the server's account.</summary>
    public static Task<CommandResult> RunAsync(string program, string[] arguments, TimeSpan timeout, string workingDirectory)
    {
        var (fileName, wrapped) = Wrap(program, arguments);
        return Command.RunAsync(fileName, wrapped, timeout, workingDirectory);
    }

    /// <summary>Hands <paramref name="folder"/> to the server's account when that is not the current user.</summary>
    public static async Task GiveFolderAsync(string folder)
    {
        if (!CurrentUser.IsRoot) return;
        var chown = await Command.RunAsync("chown", [$"{UserName}:", folder], TimeSpan.FromSeconds(20));
        if (!chown.Succeeded)
            throw new InvalidOperationException(
                $"The tests run as root, so PostgreSQL must run as the '{UserName}' account (initdb and postgres "
                + $"refuse root), but `{chown.CommandLine}` failed. Does the account exist?\n{OutputTail.Of(chown.Output)}");
    }
}
