using System.Linq.Expressions;
using Advisor.Engine.Inference.Model;
using Advisor.Engine.Inference.Runtime;

namespace Advisor.Engine.Inference.Fluent;

internal sealed class RightHandSide : IRightHandSide
{
    private readonly List<ActionElement> _actions = [];

    public IRightHandSide Do(Expression<Action<IContext>> action)
    {
        _actions.Add(new ActionElement(action));
        return this;
    }

    public IReadOnlyList<ActionElement> Build() => _actions.ToArray();
}
