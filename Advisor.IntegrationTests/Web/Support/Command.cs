using System.Diagnostics;
using System.Text;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// Runs a short-lived command to completion with a time limit. Waiting is asynchronous so a
/// fixture that runs initdb or apt-get does not hold one of xunit's few worker threads meanwhile.
/// </summary>
public static class Command
{
    /// <summary>
    /// Runs <paramref name="fileName"/> with <paramref name="arguments"/>; on timeout kills it and
    /// everything it started and throws <see cref="TimeoutException"/> quoting its output so far.
    /// </summary>
    public static async Task<CommandResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            // The test host's own folder may not be readable by the postgres user.
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        string commandLine = string.Join(' ', [fileName, .. start.ArgumentList]);

        var output = new StringBuilder();
        var gate = new Lock();
        void Keep(object _, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (gate) output.Append(e.Data).Append('\n');
        }
        string Output()
        {
            lock (gate) return output.ToString();
        }

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or FileNotFoundException)
        {
            throw new InvalidOperationException($"Could not start `{commandLine}`: {e.Message}", e);
        }
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            throw new TimeoutException(
                $"`{commandLine}` did not finish within {timeout.TotalSeconds:0} s and was killed.\n{OutputTail.Of(Output())}");
        }
        return new CommandResult(commandLine, process.ExitCode, Output());
    }

    /// <summary>Kills <paramref name="process"/> and its descendants, ignoring a process that is already gone.</summary>
    public static void KillTree(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Not ours to kill, or already reaped.
        }
    }
}
