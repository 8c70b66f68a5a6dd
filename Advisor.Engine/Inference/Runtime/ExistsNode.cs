using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Runtime;

/// <summary>Lets a partial match through once when some fact joins it.</summary>
internal sealed class ExistsNode(int slot, PatternElement element) : PatternNode(slot, element)
{
    public override void Extend(Join join, int index)
    {
        if (join.AnyJoins(this))
        {
            join.Continue(index + 1);
        }
    }
}
