using System.Diagnostics;
using System.Globalization;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// A process id together with the moment that process started. Process ids are reused; comparing
/// the start time as well keeps a cleanup from killing an unrelated process that got the same id.
/// </summary>
public sealed record ProcessIdentity(int Id, long StartTicks)
{
    /// <summary>The identity of the running process <paramref name="id"/>, or null when there is none.</summary>
    public static ProcessIdentity? Of(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return new ProcessIdentity(id, process.StartTime.ToUniversalTime().Ticks);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The test host itself.</summary>
    public static ProcessIdentity Current { get; } = Of(Environment.ProcessId)!;

    /// <summary>True while the very process this identity was taken from still runs.</summary>
    public bool IsAlive =>
        // Start times are derived from the boot time, which each reader computes slightly differently.
        Of(Id) is { } now && Math.Abs(now.StartTicks - StartTicks) < TimeSpan.TicksPerSecond;

    /// <summary>Kills the process and its descendants if it is still this process.</summary>
    public void KillTree()
    {
        if (!IsAlive) return;
        try
        {
            using var process = Process.GetProcessById(Id);
            Command.KillTree(process);
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
    }

    /// <summary>"id start-ticks", the form kept in a scratch folder's files.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id} {StartTicks}");

    /// <summary>Reads the form written by <see cref="ToString"/>; null for anything else.</summary>
    public static ProcessIdentity? Parse(string line)
    {
        string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2
            && int.TryParse(parts[0], CultureInfo.InvariantCulture, out int id)
            && long.TryParse(parts[1], CultureInfo.InvariantCulture, out long ticks)
            ? new ProcessIdentity(id, ticks)
            : null;
    }
}
