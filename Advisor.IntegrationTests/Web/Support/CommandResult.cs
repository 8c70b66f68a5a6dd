namespace Advisor.IntegrationTests.Web.Support;

/// <summary>How a finished command ended: its exit code and its standard output and error, interleaved.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output)
{
    /// <summary>True when the command exited with code 0.</summary>
    public bool Succeeded => ExitCode == 0;

    /// <summary>Throws, naming the command and quoting its output, unless it succeeded.</summary>
    public CommandResult EnsureSuccess(string what)
    {
        if (!Succeeded)
            throw new InvalidOperationException(
                $"{what} failed: `{CommandLine}` exited with code {ExitCode}.\n{OutputTail.Of(Output)}");
        return this;
    }
}
