using System.Linq.Expressions;

namespace Advisor.Engine.Inference.Compilation;

/// <summary>Replaces one lambda parameter with another expression.</summary>
internal sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) =>
        node == parameter ? replacement : node;
}
