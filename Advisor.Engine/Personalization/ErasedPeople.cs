namespace Advisor.Engine.Personalization;

/// <summary>
/// The people erased most recently, so that nothing the ranker was doing for them when they were
/// erased brings their layer back: an outcome of theirs still waiting its turn to be learned, or a
/// page-in that read their history from the store just before the store deleted it.
/// </summary>
/// <remarks>
/// Bounded: the oldest erasure is forgotten past <see cref="Capacity"/>. An erased person never comes
/// back under the same id, so only the work in flight at their erasure needs telling; a read that
/// outlasts <see cref="Capacity"/> erasures is treated as overlapping every one of them.
/// Not thread-safe: the ranker holds its lock around every call.
/// </remarks>
internal sealed class ErasedPeople(int capacity = ErasedPeople.DefaultCapacity)
{
    public const int DefaultCapacity = 4096;

    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public int Capacity { get; } = capacity;

    /// <summary>How many erasures there have been: taken before a read, the mark <see cref="ErasedSince"/> compares with.</summary>
    public long Erasures { get; private set; }

    public void Add(string personId)
    {
        Erasures++;
        if (!_ids.Add(personId)) return;
        _order.Enqueue(personId);
        if (_order.Count > Capacity) _ids.Remove(_order.Dequeue());
    }

    public bool Contains(string personId) => _ids.Contains(personId);

    /// <summary>
    /// True when the person may have been erased after <paramref name="mark"/> was taken: they are
    /// among the recent erasures, or so many came since that the record of theirs may be gone.
    /// </summary>
    public bool ErasedSince(string personId, long mark) => _ids.Contains(personId) || Erasures - mark > Capacity;
}
