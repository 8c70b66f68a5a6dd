using System.Linq.Expressions;
using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Compilation;

/// <summary>
/// Rewrites reads of a rule's captured variables (<c>glutes.Muscle</c>) into reads of the match
/// tuple (<c>((InactiveMuscle)tuple[0]).Muscle</c>), which is how a compiled condition or action
/// sees the facts it joins. A read of a variable that only a later pattern declares is an error.
/// </summary>
internal sealed class DeclarationRewriter(
    string rule, IReadOnlyList<Declaration?> declarations, int visible, ParameterExpression tuple)
    : ExpressionVisitor
{
    /// <summary>Whether the last rewritten expression read any declaration.</summary>
    public bool ReadsDeclarations { get; private set; }

    public Expression Rewrite(Expression expression)
    {
        ReadsDeclarations = false;
        return Visit(expression);
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression is null or ConstantExpression)
        {
            object? owner = (node.Expression as ConstantExpression)?.Value;
            for (int slot = 0; slot < declarations.Count; slot++)
            {
                Declaration? declaration = declarations[slot];
                if (declaration is null || !declaration.IsReferencedBy(owner, node.Member))
                {
                    continue;
                }

                if (slot >= visible)
                {
                    throw new RuleCompilationException(rule,
                        $"'{declaration.Name}' is used before the pattern that declares it");
                }

                ReadsDeclarations = true;
                return Expression.Convert(Expression.ArrayIndex(tuple, Expression.Constant(slot)), node.Type);
            }
        }

        return base.VisitMember(node);
    }
}
