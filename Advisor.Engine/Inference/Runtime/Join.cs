namespace Advisor.Engine.Inference.Runtime;

/// <summary>
/// Computes one rule's matches: a nested-loop join over its patterns' alpha memories, left to
/// right, testing each join condition as soon as the facts it reads are bound.
/// </summary>
internal sealed class Join(List<FactHandle>[] memories, int[] versions, int width)
{
    /// <summary>Below this many facts a scan is as cheap as a hash.</summary>
    private const int SmallestHashed = 8;

    private static readonly List<FactHandle> None = [];
    private readonly (int Version, Dictionary<object, List<FactHandle>>? Buckets)[] _hashes =
        new (int, Dictionary<object, List<FactHandle>>?)[memories.Length];

    private CompiledRule _rule = null!;
    private Action<Join> _emit = null!;

    public object?[] Tuple { get; } = new object?[width];

    public FactHandle?[] Handles { get; } = new FactHandle?[width];

    public List<FactHandle>?[] Members { get; } = new List<FactHandle>?[width];

    public CompiledRule Rule => _rule;

    public List<FactHandle> Memory(AlphaNode node) => memories[node.Id];

    /// <summary>Keeps a current hash current after <paramref name="fact"/> joined the end of the node's memory.</summary>
    public void Added(AlphaNode node, FactHandle fact)
    {
        ref (int Version, Dictionary<object, List<FactHandle>>? Buckets) hash = ref _hashes[node.Id];
        if (hash.Buckets is null || hash.Version != versions[node.Id] - 1 || node.JoinKey is not { } key) return;
        object own = Own(node, key, fact);
        if (!hash.Buckets.TryGetValue(own, out List<FactHandle>? bucket)) hash.Buckets[own] = bucket = [];
        bucket.Add(fact);
        hash.Version = versions[node.Id];
    }

    /// <summary>Keeps a current hash current after <paramref name="fact"/> left the node's memory.</summary>
    public void Removed(AlphaNode node, FactHandle fact)
    {
        ref (int Version, Dictionary<object, List<FactHandle>>? Buckets) hash = ref _hashes[node.Id];
        if (hash.Buckets is null || hash.Version != versions[node.Id] - 1 || node.JoinKey is not { } key) return;
        if (hash.Buckets.TryGetValue(Own(node, key, fact), out List<FactHandle>? bucket)) bucket.Remove(fact);
        hash.Version = versions[node.Id];
    }

    /// <summary>
    /// The facts of the pattern's alpha memory that may join the current partial match, in
    /// insertion order: the bucket of the probed value when the pattern has a hashable join test,
    /// else the whole memory. Hashes are rebuilt only after their memory changed.
    /// </summary>
    public List<FactHandle> Candidates(PatternNode pattern)
    {
        List<FactHandle> memory = memories[pattern.Alpha.Id];
        if (pattern.Alpha.JoinKey is not { } key || memory.Count < SmallestHashed) return memory;
        int id = pattern.Alpha.Id;
        if (_hashes[id].Buckets is null || _hashes[id].Version != versions[id]) _hashes[id] = (versions[id], Hash(pattern.Alpha, key, memory));
        object probe;
        try
        {
            probe = key.Probe(Tuple) ?? JoinKey.Null;
        }
        catch (Exception e)
        {
            throw Failure(pattern.Alpha, e);
        }

        return _hashes[id].Buckets!.GetValueOrDefault(probe, None);
    }

    private static Dictionary<object, List<FactHandle>> Hash(AlphaNode node, JoinKey key, List<FactHandle> memory)
    {
        var buckets = new Dictionary<object, List<FactHandle>>();
        foreach (FactHandle fact in memory)
        {
            object own = Own(node, key, fact);
            if (!buckets.TryGetValue(own, out List<FactHandle>? bucket)) buckets[own] = bucket = [];
            bucket.Add(fact);
        }

        return buckets;
    }

    private static object Own(AlphaNode node, JoinKey key, FactHandle fact)
    {
        try
        {
            return key.Own(fact.Value) ?? JoinKey.Null;
        }
        catch (Exception e)
        {
            throw Failure(node, e);
        }
    }

    private static RuleEvaluationException Failure(AlphaNode node, Exception e) =>
        new(node.Rule.Definition.Name, $"the join of pattern '{node.Pattern}'", e);

    public void Run(CompiledRule rule, Action<Join> emit)
    {
        _rule = rule;
        _emit = emit;
        Continue(0);
    }

    public void Continue(int index)
    {
        if (index == _rule.Patterns.Length)
        {
            _emit(this);
            return;
        }

        _rule.Patterns[index].Extend(this, index);
    }

    /// <summary>Whether any fact in the pattern's alpha memory joins the current partial match.</summary>
    public bool AnyJoins(PatternNode pattern)
    {
        bool any = false;
        foreach (FactHandle fact in Candidates(pattern))
        {
            Tuple[pattern.Slot] = fact.Value;
            if (pattern.Joins(Tuple))
            {
                any = true;
                break;
            }
        }

        Tuple[pattern.Slot] = null;
        return any;
    }

    /// <summary>Every fact the current match rests on, collected ones included, in slot order.</summary>
    public object[] Facts()
    {
        int count = 0;
        for (int slot = 0; slot < _rule.Patterns.Length; slot++)
        {
            if (Handles[slot] is not null) count++;
            else if (Members[slot] is { } members) count += members.Count;
        }

        var facts = new object[count];
        int at = 0;
        for (int slot = 0; slot < _rule.Patterns.Length; slot++)
        {
            if (Handles[slot] is { } fact)
            {
                facts[at++] = fact.Value;
            }
            else if (Members[slot] is { } members)
            {
                foreach (FactHandle member in members) facts[at++] = member.Value;
            }
        }

        return facts;
    }
}
