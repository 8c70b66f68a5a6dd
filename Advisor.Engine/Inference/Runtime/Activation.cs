namespace Advisor.Engine.Inference.Runtime;

/// <summary>A rule with one match: a candidate on the agenda until it fires or stops matching.</summary>
internal sealed class Activation(CompiledRule rule, object?[] tuple, MatchKey key, IReadOnlyList<object> facts, long sequence)
{
    public CompiledRule Rule { get; } = rule;

    /// <summary>The bound facts by pattern slot, as the compiled actions read them.</summary>
    public object?[] Tuple { get; } = tuple;

    public MatchKey Key { get; } = key;

    /// <summary>Every fact the match rests on, collected ones included, in slot order.</summary>
    public IReadOnlyList<object> Facts { get; } = facts;

    /// <summary>Creation order, the last tie-break.</summary>
    public long Sequence { get; } = sequence;

    public bool Fired { get; set; }
}
