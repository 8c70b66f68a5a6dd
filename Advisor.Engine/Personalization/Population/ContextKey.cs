namespace Advisor.Engine.Personalization.Population;

/// <summary>An assessment's features as a dictionary key: equal when the features are, hashed once.</summary>
internal readonly struct ContextKey : IEquatable<ContextKey>
{
    private readonly int[] _features;
    private readonly int _hash;

    public ContextKey(int[] features)
    {
        _features = features;
        var hash = new HashCode();
        foreach (int feature in features) hash.Add(feature);
        _hash = hash.ToHashCode();
    }

    public bool Equals(ContextKey other) => _features.AsSpan().SequenceEqual(other._features);

    public override bool Equals(object? obj) => obj is ContextKey other && Equals(other);

    public override int GetHashCode() => _hash;
}
