namespace Advisor.Engine.Inference.Runtime;

/// <summary>
/// Computes one rule's matches: a nested-loop join over its patterns' alpha memories, left to
/// right, testing each join condition as soon as the facts it reads are bound.
/// </summary>
internal sealed class Join(List<FactHandle>[] memories, int width)
{
    private CompiledRule _rule = null!;
    private Action<Join> _emit = null!;

    public object?[] Tuple { get; } = new object?[width];

    public FactHandle?[] Handles { get; } = new FactHandle?[width];

    public List<FactHandle>?[] Members { get; } = new List<FactHandle>?[width];

    public CompiledRule Rule => _rule;

    public List<FactHandle> Memory(AlphaNode node) => memories[node.Id];

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
        foreach (FactHandle fact in Memory(pattern.Alpha))
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
