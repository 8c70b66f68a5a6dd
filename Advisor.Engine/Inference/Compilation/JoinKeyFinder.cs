using System.Linq.Expressions;
using System.Reflection;
using Advisor.Engine.Inference.Model;
using Advisor.Engine.Inference.Runtime;

namespace Advisor.Engine.Inference.Compilation;

/// <summary>
/// Recognizes the join tests a session can hash (see <see cref="JoinKey"/>): an equality whose
/// operands have a type where <c>==</c> means <c>Equals</c> (integers, bool, char, enums, strings,
/// and their nullable forms), one operand reading only the pattern's fact, the other only earlier
/// variables.
/// </summary>
internal static class JoinKeyFinder
{
    private static readonly MethodInfo StringEquality = typeof(string).GetMethod("op_Equality", [typeof(string), typeof(string)])!;

    public static JoinKey? Find(string rule, LambdaExpression condition, IReadOnlyList<Declaration?> declarations, int slot)
    {
        if (condition.Body is not BinaryExpression { NodeType: ExpressionType.Equal } equal
            || (equal.Method is not null && equal.Method != StringEquality)
            || equal.Left.Type != equal.Right.Type || !IsKeyType(equal.Left.Type))
        {
            return null;
        }

        ParameterExpression fact = condition.Parameters[0];
        return Build(rule, fact, equal.Left, equal.Right, declarations, slot) ?? Build(rule, fact, equal.Right, equal.Left, declarations, slot);
    }

    private static JoinKey? Build(string rule, ParameterExpression fact, Expression own, Expression probe, IReadOnlyList<Declaration?> declarations, int slot)
    {
        ParameterExpression tuple = Expression.Parameter(typeof(object?[]), "tuple");
        var rewriter = new DeclarationRewriter(rule, declarations, slot, tuple);
        rewriter.Rewrite(own);
        if (rewriter.ReadsDeclarations || !Reads(own, fact)) return null;
        Expression probeBody = rewriter.Rewrite(probe);
        if (!rewriter.ReadsDeclarations || Reads(probe, fact)) return null;

        ParameterExpression value = Expression.Parameter(typeof(object), "fact");
        Expression ownBody = new ParameterReplacer(fact, Expression.Convert(value, fact.Type)).Visit(own);
        return new JoinKey(
            Expression.Lambda<Func<object, object?>>(Expression.Convert(ownBody, typeof(object)), value).Compile(),
            Expression.Lambda<Func<object?[], object?>>(Expression.Convert(probeBody, typeof(object)), tuple).Compile());
    }

    /// <summary>Lifted equality of nullable keys makes null equal null, which the hash keeps (<see cref="JoinKey.Null"/>).</summary>
    private static bool IsKeyType(Type type) => AlphaKey.IsKeyType(Nullable.GetUnderlyingType(type) ?? type);

    private static bool Reads(Expression expression, ParameterExpression parameter)
    {
        var finder = new ParameterFinder(parameter);
        finder.Visit(expression);
        return finder.Found;
    }

    private sealed class ParameterFinder(ParameterExpression parameter) : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found |= node == parameter;
            return node;
        }
    }
}
