using System.Diagnostics;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// An exclusive lock on a file under /tmp, held across processes, so two test hosts on one machine
/// do not both run apt-get (the second would fail on dpkg's own lock instead of waiting).
/// </summary>
internal sealed class InstallLock : IDisposable
{
    private readonly FileStream _file;

    private InstallLock(FileStream file) => _file = file;

    /// <summary>Waits up to <paramref name="timeout"/> for the lock named <paramref name="name"/>.</summary>
    public static async Task<InstallLock> AcquireAsync(string name, TimeSpan timeout)
    {
        string path = Path.Combine(ScratchFolder.Root, $"advisor-tests-{name}.lock");
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // On Unix, FileShare.None takes an exclusive flock; the kernel releases it if this process dies.
                return new InstallLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (clock.Elapsed < timeout)
            {
                await Task.Delay(500);
            }
            catch (IOException e)
            {
                throw new TimeoutException(
                    $"Another test run held {path} for more than {timeout.TotalMinutes:0} minutes while installing; gave up waiting.", e);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
