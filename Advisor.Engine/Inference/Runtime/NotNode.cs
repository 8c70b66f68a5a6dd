using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Runtime;

/// <summary>Lets a partial match through only when no fact joins it.</summary>
internal sealed class NotNode(int slot, PatternElement element) : PatternNode(slot, element)
{
    public override void Extend(Join join, int index)
    {
        if (!join.AnyJoins(this))
        {
            join.Continue(index + 1);
        }
    }
}
