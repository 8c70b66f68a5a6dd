using System.Linq.Expressions;

namespace Advisor.Engine.Inference.Model;

/// <summary>One action of a rule's right-hand side.</summary>
public sealed class ActionElement
{
    internal ActionElement(LambdaExpression expression)
    {
        Expression = expression;
        Text = ExpressionText.Of(expression);
    }

    /// <summary>The action as written: a lambda over the action context.</summary>
    public LambdaExpression Expression { get; }

    /// <summary>The action as people read it.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string ToString() => Text;
}
