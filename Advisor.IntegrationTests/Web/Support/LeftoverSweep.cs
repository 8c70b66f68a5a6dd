namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// Cleans up scratch folders whose test host is gone: kills the servers recorded in them and
/// deletes them. Runs once per test host, before its first scratch folder is made.
/// </summary>
internal static class LeftoverSweep
{
    // A folder without an owner label is one being made right now, or one half deleted; only old ones are stale.
    private static readonly TimeSpan UnlabelledGrace = TimeSpan.FromHours(1);

    public static bool Run(string root, string prefix, string ownerFile, string processesFile)
    {
        string[] folders;
        try
        {
            folders = Directory.GetDirectories(root, prefix + "*");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        foreach (string folder in folders)
        {
            try
            {
                if (IsStale(folder, ownerFile)) Clean(folder, processesFile);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another user's folder, or one another run is cleaning: not ours to fail on.
            }
        }
        return true;
    }

    private static bool IsStale(string folder, string ownerFile)
    {
        string label = Path.Combine(folder, ownerFile);
        if (!File.Exists(label)) return DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder) > UnlabelledGrace;
        return ProcessIdentity.Parse(File.ReadAllText(label).Trim()) is not { } owner || !owner.IsAlive;
    }

    private static void Clean(string folder, string processesFile)
    {
        string recorded = Path.Combine(folder, processesFile);
        if (File.Exists(recorded))
        {
            foreach (string line in File.ReadAllLines(recorded))
                ProcessIdentity.Parse(line)?.KillTree();
        }
        ScratchFolder.Delete(folder);
    }
}
