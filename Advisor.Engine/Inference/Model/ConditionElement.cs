using System.Linq.Expressions;

namespace Advisor.Engine.Inference.Model;

/// <summary>One condition of a pattern, kept as an expression so it can be compiled and shown.</summary>
public sealed class ConditionElement
{
    internal ConditionElement(LambdaExpression expression)
    {
        Expression = expression;
        Text = ExpressionText.Of(expression);
    }

    /// <summary>The condition as written: a predicate over the pattern's fact.</summary>
    public LambdaExpression Expression { get; }

    /// <summary>The condition as people read it in why-not reports.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string ToString() => Text;
}
