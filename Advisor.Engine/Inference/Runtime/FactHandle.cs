namespace Advisor.Engine.Inference.Runtime;

/// <summary>A fact in working memory: its insertion number, its version and what justifies it.</summary>
internal sealed class FactHandle(long id, object value)
{
    /// <summary>Insertion order; older facts have smaller ids.</summary>
    public long Id { get; } = id;

    public object Value { get; set; } = value;

    /// <summary>Bumped by every update, so matches on the old version count as new matches.</summary>
    public int Version { get; set; }

    public List<Justification> Justifications { get; } = [];

    /// <summary>The caller inserted it (a rule may have derived it too).</summary>
    public bool Asserted { get; set; }
}
