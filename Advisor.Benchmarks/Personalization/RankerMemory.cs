using System.Diagnostics;
using System.Runtime.CompilerServices;
using Advisor.Engine.Personalization;

namespace Advisor.Benchmarks.Personalization;

/// <summary>
/// The personal layer's memory per person: a ranker learns the same number of outcomes for each of
/// growing numbers of people, and the live heap after a full collection is read at each size. The
/// slope between sizes is what one more person costs, free of what the ranker holds once for all.
/// Run as <c>Advisor.Benchmarks ranker-memory [outcomes-per-person] [people…] [--resident N]</c>;
/// with <c>--resident</c>, the ranker holds at most N layers (<see cref="RankerOptions.ResidentPeople"/>),
/// as a host replaying its store at start does: the first N people met keep theirs.
/// </summary>
public static class RankerMemory
{
    public static int Run(string[] args)
    {
        int at = Array.IndexOf(args, "--resident");
        int? resident = at >= 0 ? int.Parse(args[at + 1]) : null;
        if (at >= 0) args = [.. args[..at], .. args[(at + 2)..]];
        int each = args.Length > 0 ? int.Parse(args[0]) : 20;
        int[] sizes = args.Length > 1 ? args[1..].Select(int.Parse).ToArray() : [1_000, 5_000, 20_000];
        var options = new RankerOptions { Seed = 1, ResidentPeople = resident ?? int.MaxValue };
        PersonalizationWorkload workload = PersonalizationWorkload.Create(400, 1);
        Console.WriteLine($"outcomes per person: {each}; people: {string.Join(", ", sizes)}; resident layers: {resident?.ToString("N0") ?? "all"}");
        // A first, unmeasured ranker: what the first one allocates once (compiled code, shared caches) is not a person's.
        Measure(workload, options, 200, each);
        Console.WriteLine("| people | layers held | outcomes learned | live heap of the ranker | per person | learning time |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        (int People, long Bytes)? previous = null;
        foreach (int people in sizes)
        {
            (long bytes, int held, int learned, TimeSpan took) = Measure(workload, options, people, each);
            Console.WriteLine($"| {people:N0} | {held:N0} | {learned:N0} | {bytes / 1048576.0:N1} MiB | {bytes / (double)people / 1024:N1} KiB | {took.TotalSeconds:N1} s |");
            if (previous is { } p) Console.WriteLine($"|  | | slope from {p.People:N0} people | | {(bytes - p.Bytes) / (double)(people - p.People) / 1024:N2} KiB a person | |");
            previous = (people, bytes);
        }

        return 0;
    }

    // In a method of its own, so no ranker of an earlier size is still referenced from the caller's frame when the baseline is read.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (long Bytes, int Held, int Learned, TimeSpan Took) Measure(PersonalizationWorkload workload, RankerOptions options, int people, int each)
    {
        string[] ids = PersonalizationWorkload.PersonIds(people);
        LogEntry[] log = EveryoneAlike(workload, people, each);
        long before = LiveHeap();
        var clock = Stopwatch.StartNew();
        var ranker = new ThompsonRanker(workload.Catalog, options);
        workload.Replay(ranker, log, ids);
        clock.Stop();
        long bytes = LiveHeap() - before;
        GC.KeepAlive(ranker);
        return (bytes, ranker.People, log.Length, clock.Elapsed);
    }

    // Each person logs the same number of outcomes, in a shuffled order, so every size has people alike.
    private static LogEntry[] EveryoneAlike(PersonalizationWorkload workload, int people, int each)
    {
        LogEntry[] pool = workload.Log(people * each * 2, people, 7);
        var counts = new int[people];
        var log = new List<LogEntry>(people * each);
        foreach (LogEntry entry in pool)
            if (counts[entry.Person]++ < each) log.Add(entry);
        for (int person = 0; person < people; person++)
            for (int n = counts[person]; n < each; n++) log.Add(new LogEntry(person, person % workload.Routines.Length, 0));
        return [.. log];
    }

    private static long LiveHeap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        // What survived the last full, blocking, compacting collection: the live heap, whatever the GC mode.
        return GC.GetGCMemoryInfo(GCKind.FullBlocking).PromotedBytes;
    }
}
