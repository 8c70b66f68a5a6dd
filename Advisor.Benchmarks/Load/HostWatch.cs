using System.Diagnostics;

namespace Advisor.Benchmarks.Load;

/// <summary>
/// Watches the measured phase from outside the host: the host's resident memory every 100 ms, and
/// how much CPU the host, this generator and the whole machine used. On 2 cores the three compete,
/// so the split says who the cores went to.
/// </summary>
public sealed class HostWatch : IAsyncDisposable
{
    private readonly int? _pid;
    private readonly string? _storeUser;
    private readonly double? _storeCpuAtStart;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private readonly double? _hostCpuAtStart;
    private readonly TimeSpan _selfCpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly double _machineAtStart = ProcessProbe.MachineBusySeconds();
    private readonly long _startedAt = Stopwatch.GetTimestamp();

    /// <summary>
    /// Starts watching; <paramref name="pid"/> may be null, then only this process and the machine are
    /// measured. <paramref name="storeUser"/>, when given, is the user the database server runs as.
    /// </summary>
    public HostWatch(int? pid, string? storeUser)
    {
        _pid = pid;
        _storeUser = storeUser;
        _storeCpuAtStart = storeUser is null ? null : ProcessProbe.CpuSecondsOfUser(storeUser);
        _hostCpuAtStart = pid is { } p ? ProcessProbe.CpuSeconds(p) : null;
        _sampling = pid is { } host ? SampleAsync(host, _stop.Token) : Task.CompletedTask;
    }

    /// <summary>The highest VmRSS seen while watching, MiB.</summary>
    public double? PeakRssMiB { get; private set; }

    /// <summary>Stops watching and returns what was seen.</summary>
    public async Task<HostFigures> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        double wall = Stopwatch.GetElapsedTime(_startedAt).TotalSeconds;
        double? hostCpu = _pid is { } pid && ProcessProbe.CpuSeconds(pid) is { } now && _hostCpuAtStart is { } then ? now - then : null;
        double? storeCpu = _storeUser is null ? null : ProcessProbe.CpuSecondsOfUser(_storeUser) - _storeCpuAtStart;
        double selfCpu = (Process.GetCurrentProcess().TotalProcessorTime - _selfCpuAtStart).TotalSeconds;
        double machine = ProcessProbe.MachineBusySeconds() - _machineAtStart;
        return new HostFigures(
            _pid is { } p ? ProcessProbe.MemoryMiB(p, "VmHWM") : null, PeakRssMiB,
            hostCpu / wall, storeCpu / wall, selfCpu / wall, machine / wall, Environment.ProcessorCount);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested) await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync(int pid, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            do
            {
                if (ProcessProbe.MemoryMiB(pid, "VmRSS") is { } rss && rss > (PeakRssMiB ?? 0)) PeakRssMiB = rss;
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException)
        {
        }
    }
}

/// <summary>
/// The host's memory (peak since it started, and the highest resident set seen during the run, MiB)
/// and CPU use in cores (host, database server, generator, whole machine) averaged over the run.
/// </summary>
public sealed record HostFigures(
    double? HostPeakMiB, double? RunPeakRssMiB, double? HostCores, double? StoreCores, double GeneratorCores, double MachineCores, int Cores)
{
    /// <summary>Cores used by everything else on the machine: anything above a few hundredths means the run was disturbed.</summary>
    public double OtherCores => MachineCores - (HostCores ?? 0) - (StoreCores ?? 0) - GeneratorCores;
}
