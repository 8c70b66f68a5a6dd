namespace Advisor.Engine.Inference.Runtime;

/// <summary>
/// Which activation fires next: the earliest phase, then the highest priority, then the rule whose
/// name sorts first (ordinal), then the match on the oldest facts (compared slot by slot), then the
/// activation created first. Every step is deterministic, so a session's run is reproducible.
/// </summary>
internal sealed class AgendaOrder : IComparer<Activation>
{
    public static readonly AgendaOrder Instance = new();

    public int Compare(Activation? x, Activation? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        int order = x.Rule.Phase.CompareTo(y.Rule.Phase);
        if (order == 0) order = y.Rule.Priority.CompareTo(x.Rule.Priority);
        if (order == 0) order = x.Rule.Index.CompareTo(y.Rule.Index);
        if (order == 0) order = x.Key.CompareTo(y.Key);
        if (order == 0) order = x.Sequence.CompareTo(y.Sequence);
        return order;
    }
}
