using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Runtime;

/// <summary>Extends a partial match once per joining fact.</summary>
internal sealed class MatchNode(int slot, PatternElement element) : PatternNode(slot, element)
{
    public override void Extend(Join join, int index)
    {
        foreach (FactHandle fact in join.Candidates(this))
        {
            join.Tuple[Slot] = fact.Value;
            join.Handles[Slot] = fact;
            if (Joins(join.Tuple))
            {
                join.Continue(index + 1);
            }
        }

        join.Tuple[Slot] = null;
        join.Handles[Slot] = null;
    }
}
