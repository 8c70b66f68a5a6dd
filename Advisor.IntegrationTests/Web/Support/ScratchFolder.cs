namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// A temporary folder for one server, labelled with the test host that made it and the processes
/// started for it. Disposing kills those processes and deletes the folder; if the test host dies
/// first (killed by a hang timeout, say), the next test run finds the label and cleans up, so no
/// server outlives its run for long.
/// </summary>
public sealed class ScratchFolder : IDisposable
{
    private const string Prefix = "advisor-tests-";
    private const string OwnerFile = "owner";
    private const string ProcessesFile = "processes";
    private static readonly Lazy<bool> Swept = new(() => LeftoverSweep.Run(Root, Prefix, OwnerFile, ProcessesFile));

    private readonly List<ProcessIdentity> _processes = [];
    private readonly Lock _gate = new();
    private bool _disposed;

    private ScratchFolder(string path)
    {
        Path = path;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>
    /// Where scratch folders live. As root, servers run as another user who must be able to reach
    /// the folder, and /tmp is traversable by everyone whatever TMPDIR says.
    /// </summary>
    public static string Root => CurrentUser.IsRoot ? "/tmp" : System.IO.Path.GetTempPath();

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>Creates a fresh folder named after <paramref name="kind"/>, after cleaning up what dead test runs left.</summary>
    public static ScratchFolder Create(string kind)
    {
        _ = Swept.Value;
        string path = System.IO.Path.Combine(Root, $"{Prefix}{kind}-{Guid.NewGuid().ToString("N")[..12]}");
        Directory.CreateDirectory(path);
        File.WriteAllText(System.IO.Path.Combine(path, OwnerFile), ProcessIdentity.Current + "\n");
        return new ScratchFolder(path);
    }

    /// <summary>A path inside the folder.</summary>
    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Remembers process <paramref name="id"/> so it is killed with the folder, even by a later run.</summary>
    public void RecordProcess(int id)
    {
        if (ProcessIdentity.Of(id) is not { } process) return;
        lock (_gate) _processes.Add(process);
        File.AppendAllText(Combine(ProcessesFile), process + "\n");
    }

    /// <summary>Kills the recorded processes still running and deletes the folder.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
        }
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        KillRecordedProcesses();
        Delete(Path);
    }

    /// <summary>Deletes <paramref name="path"/>, retrying while exiting processes still write into it.</summary>
    public static void Delete(string path)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
                return;
            }
            catch (Exception e) when ((e is IOException or UnauthorizedAccessException) && attempt < 10)
            {
                Thread.Sleep(200);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the next run's sweep; a stale folder must not fail a test.
                return;
            }
        }
    }

    private void KillRecordedProcesses()
    {
        ProcessIdentity[] processes;
        lock (_gate) processes = [.. _processes];
        foreach (var process in processes) process.KillTree();
    }

    // Fixtures are disposed on a normal end of the run; this covers a host stopped by SIGTERM.
    private void OnProcessExit(object? sender, EventArgs e) => Dispose();
}
