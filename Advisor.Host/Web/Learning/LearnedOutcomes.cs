using Advisor.Engine.Outcomes;

namespace Advisor.Host.Web.Learning;

/// <summary>
/// Which stored outcomes the ranker has learned: everything stamped up to <see cref="Cursor"/>, less
/// a window before it where writes may still land late, for which the ids learned are kept. Hosts
/// sharing a store stamp their outcomes each with their own clock and commit them whenever their
/// statement finishes, so an outcome stamped earlier can appear after a later one was read; the
/// window lets it be learned then, and once only.
/// </summary>
public sealed class LearnedOutcomes(TimeSpan window)
{
    private readonly Dictionary<string, DateTimeOffset> _recent = new(StringComparer.Ordinal);

    // The same ids in the order they were claimed (close to stamp order), to forget the old ones cheaply.
    private readonly Queue<Stamp> _byAge = new();


    /// <summary>
    /// Outcomes stamped before this count as learned though none was claimed: what learning only the
    /// most recent window left to the page-in, however close to the cursor they were stamped. Null
    /// when the whole log was learned.
    /// </summary>
    public Stamp? Before { get; private set; }

    /// <summary>The latest stamp learned, or null before any.</summary>
    public Stamp? Cursor { get; private set; }

    /// <summary>Outcomes claimed since this host started (restored ones not counted): what tells the trainer that enough is new.</summary>
    public long Claimed { get; private set; }

    /// <summary>How far before the cursor a late outcome is still looked for.</summary>
    public TimeSpan Window => window;

    /// <summary>From when to read the store to find every outcome not yet learned.</summary>
    public DateTimeOffset? ReadFrom => Cursor?.At - window;

    /// <summary>
    /// True, once, for an outcome not learned before: the caller learns it now. False for one learned
    /// already, or one so far before the cursor that it cannot be told apart from one learned.
    /// </summary>
    public bool Claim(Stamp stamp)
    {
        if (Cursor is { } cursor && stamp.At < cursor.At - window) return false;
        if (Before is { } before && before.IsAfter(stamp)) return false;
        if (!_recent.TryAdd(stamp.Id, stamp.At)) return false;
        _byAge.Enqueue(stamp);
        Claimed++;
        if (Cursor is not { } last || stamp.IsAfter(last)) Cursor = stamp;
        // Forget ids that fell out of the window: nothing that old is read again.
        while (_byAge.TryPeek(out Stamp oldest) && oldest.At < Cursor.Value.At - window) _recent.Remove(_byAge.Dequeue().Id);
        return true;
    }

    /// <summary>
    /// True for an outcome learned: one claimed within the window, or one older than the window
    /// (which <see cref="Claim"/> no longer takes). What a personal layer read back from the store may hold.
    /// </summary>
    public bool Covers(Stamp stamp) =>
        (Before is { } before && before.IsAfter(stamp)) || (Cursor is { } cursor && (_recent.ContainsKey(stamp.Id) || stamp.At < cursor.At - window));

    /// <summary>
    /// Counts every outcome stamped before <paramref name="first"/> as learned: called with the first
    /// of a window of the most recent outcomes, before it is learned, so that the outcomes before the
    /// window are read into a person's layer when it is paged in and are never learned late.
    /// </summary>
    public void LearnedBefore(Stamp first) => Before = first;

    /// <summary>The learned ids within the window, to save with the model.</summary>
    public IReadOnlyList<Stamp> Recent() => [.. _recent.Select(r => new Stamp(r.Value, r.Key))];

    /// <summary>Starts again from what a saved model covered.</summary>
    public void Restore(Stamp? cursor, IEnumerable<Stamp> recent, Stamp? before)
    {
        _recent.Clear();
        _byAge.Clear();
        Before = before;
        Cursor = cursor;
        foreach (Stamp stamp in recent.OrderBy(s => s.At))
        {
            if (_recent.TryAdd(stamp.Id, stamp.At)) _byAge.Enqueue(stamp);
        }
    }
}
