using System.Collections;
using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Runtime;

/// <summary>Binds the list of every joining fact (possibly empty) and continues once.</summary>
internal sealed class CollectNode(int slot, PatternElement element, Func<IList> newList) : PatternNode(slot, element)
{
    public override void Extend(Join join, int index)
    {
        IList items = newList();
        var members = new List<FactHandle>();
        foreach (FactHandle fact in join.Candidates(this))
        {
            join.Tuple[Slot] = fact.Value;
            if (Joins(join.Tuple))
            {
                items.Add(fact.Value);
                members.Add(fact);
            }
        }

        join.Tuple[Slot] = items;
        join.Members[Slot] = members;
        join.Continue(index + 1);
        join.Tuple[Slot] = null;
        join.Members[Slot] = null;
    }
}
