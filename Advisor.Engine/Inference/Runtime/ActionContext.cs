using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Runtime;

internal sealed class ActionContext(Session session, Activation activation) : IContext
{
    public RuleDefinition Rule => activation.Rule.Definition;

    public IReadOnlyList<object> Facts => activation.Facts;

    public bool Insert(object fact) => session.Assert(fact, new Justification(Rule, activation.Facts));

    public void InsertAll(IEnumerable<object> facts)
    {
        foreach (object fact in facts) Insert(fact);
    }

    public void Update(object fact) => session.Change(fact, Rule);

    public bool Retract(object fact) => session.Remove(fact, Rule);

    public void Halt() => session.Halt();
}
