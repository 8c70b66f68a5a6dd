namespace Advisor.Engine.Inference.Runtime;

/// <summary>
/// Identifies a match by the facts (and versions) it bound: refraction keys on it, so a rule fires
/// once per distinct match, and again only when a fact of the match was updated.
/// </summary>
internal readonly struct MatchKey : IEquatable<MatchKey>
{
    private readonly long[] _parts;
    private readonly int _hash;

    public MatchKey(long[] parts)
    {
        _parts = parts;
        var hash = new HashCode();
        foreach (long part in parts)
        {
            hash.Add(part);
        }

        _hash = hash.ToHashCode();
    }

    public static MatchKey Of(FactHandle?[] handles, List<FactHandle>?[] members)
    {
        int length = 0;
        for (int slot = 0; slot < handles.Length; slot++)
        {
            length += handles[slot] is null ? 0 : 2;
            length += members[slot] is { } list ? 1 + 2 * list.Count : 0;
        }

        var parts = new long[length];
        int at = 0;
        for (int slot = 0; slot < handles.Length; slot++)
        {
            if (handles[slot] is { } fact)
            {
                parts[at++] = fact.Id;
                parts[at++] = fact.Version;
            }
            else if (members[slot] is { } list)
            {
                parts[at++] = -1 - list.Count;
                foreach (FactHandle member in list)
                {
                    parts[at++] = member.Id;
                    parts[at++] = member.Version;
                }
            }
        }

        return new MatchKey(parts);
    }

    /// <summary>Orders matches of one rule: older facts first, slot by slot.</summary>
    public int CompareTo(MatchKey other) => _parts.AsSpan().SequenceCompareTo(other._parts);

    public bool Equals(MatchKey other) => _parts.AsSpan().SequenceEqual(other._parts);

    public override bool Equals(object? obj) => obj is MatchKey other && Equals(other);

    public override int GetHashCode() => _hash;
}
