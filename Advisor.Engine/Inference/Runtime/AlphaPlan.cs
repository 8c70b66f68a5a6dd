using System.Runtime.InteropServices;

namespace Advisor.Engine.Inference.Runtime;

/// <summary>
/// The alpha nodes a fact type reaches. Where at least <see cref="MinimumIndexed"/> of them test the
/// same member against fixed values (see <see cref="AlphaKey"/>), they are indexed by the value, so
/// that inserting a fact tests only the indexed nodes whose value it has, and every node not indexed.
/// </summary>
internal sealed class AlphaPlan
{
    private const int MinimumIndexed = 3;

    private static readonly Comparison<AlphaNode> ById = (a, b) => a.Id.CompareTo(b.Id);

    private readonly AlphaNode[] _unindexed;
    private readonly (Func<object, object> Read, Dictionary<object, AlphaNode[]> Nodes)[] _indexes;

    public AlphaPlan(AlphaNode[] nodes)
    {
        Nodes = nodes;
        var groups = nodes
            .Where(n => n.Key is not null)
            .GroupBy(n => (n.Key!.Member, n.Key.Type))
            .Where(g => g.Count() >= MinimumIndexed)
            .ToArray();
        var indexed = groups.SelectMany(g => g).ToHashSet();
        _unindexed = nodes.Where(n => !indexed.Contains(n)).ToArray();
        _indexes = groups
            .Select(g => (g.First().Key!.Read.Compile(), g.GroupBy(n => n.Key!.Value).ToDictionary(v => v.Key, v => v.ToArray())))
            .ToArray();
    }

    /// <summary>Every alpha node of the type, in id order.</summary>
    public AlphaNode[] Nodes { get; }

    /// <summary>
    /// The nodes <paramref name="fact"/> may pass, in id order (the order they are tested in): all of
    /// them except the indexed nodes whose value differs from the fact's, whose first test would
    /// fail. The result lives in <paramref name="buffer"/> until the next call.
    /// </summary>
    public ReadOnlySpan<AlphaNode> Candidates(object fact, List<AlphaNode> buffer)
    {
        if (_indexes.Length == 0) return Nodes;
        buffer.Clear();
        buffer.AddRange(_unindexed);
        foreach ((Func<object, object> read, Dictionary<object, AlphaNode[]> nodes) in _indexes)
        {
            // A null member equals no fixed value (those are never null).
            if (read(fact) is { } value && nodes.TryGetValue(value, out AlphaNode[]? matching)) buffer.AddRange(matching);
        }

        buffer.Sort(ById);
        return CollectionsMarshal.AsSpan(buffer);
    }
}
