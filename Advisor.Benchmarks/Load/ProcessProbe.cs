using System.Globalization;

namespace Advisor.Benchmarks.Load;

/// <summary>
/// Reads Linux's /proc: a process's memory (VmHWM, the peak resident set since it started; VmRSS,
/// the resident set now) and CPU time, and the whole machine's busy time. No counters tool is
/// needed, and the host is measured from outside, exactly as it runs.
/// </summary>
public static class ProcessProbe
{
    // /proc reports CPU time in USER_HZ ticks, 100 per second on every Linux this runs on.
    private const double TicksPerSecond = 100;

    /// <summary>A memory line of /proc/PID/status (VmHWM, VmRSS) in MiB, or null when the process is gone.</summary>
    public static double? MemoryMiB(int pid, string field)
    {
        try
        {
            foreach (string line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith(field + ":", StringComparison.Ordinal)) continue;
                string kib = line[(field.Length + 1)..].Trim().Split(' ')[0];
                return long.Parse(kib, CultureInfo.InvariantCulture) / 1024.0;
            }
        }
        catch (IOException)
        {
        }

        return null;
    }

    /// <summary>CPU seconds the process has used (user and system), or null when it is gone.</summary>
    public static double? CpuSeconds(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name may hold spaces; the fields after its closing parenthesis are fixed.
            string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// CPU seconds used by every running process of the user <paramref name="user"/> (for PostgreSQL,
    /// its server and the backend of each pooled connection, which live for the whole run).
    /// </summary>
    public static double CpuSecondsOfUser(string user)
    {
        string? uid = File.ReadLines("/etc/passwd").Select(line => line.Split(':')).FirstOrDefault(f => f[0] == user)?[2];
        if (uid is null) throw new ArgumentException($"no user '{user}' on this machine");
        double total = 0;
        foreach (string folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out int pid)) continue;
            try
            {
                string? owner = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal))?
                    .Split('\t', StringSplitOptions.RemoveEmptyEntries)[1];
                if (owner == uid) total += CpuSeconds(pid) ?? 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while it was being read.
            }
        }

        return total;
    }

    /// <summary>CPU seconds the whole machine has been busy (every state but idle and I/O wait), summed over cores.</summary>
    public static double MachineBusySeconds()
    {
        string[] fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long[] ticks = fields.Skip(1).Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return (ticks.Sum() - ticks[3] - ticks[4]) / TicksPerSecond;
    }
}
