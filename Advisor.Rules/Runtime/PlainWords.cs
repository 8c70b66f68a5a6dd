using System.Collections;
using System.Linq.Expressions;
using System.Text;
using Advisor.Engine.Documents;

namespace Advisor.Rules.Runtime;

/// <summary>
/// A rule's conditions and facts in words a person reads ("the setting is desk", "the exercise's
/// position is floor"), never expression text. It knows the shapes the guidance's conditions take:
/// comparisons of a fact's members with a value or with another fact's, and, or, not, and
/// membership; anything else is "a further condition on …".
/// </summary>
internal static class PlainWords
{
    public static string Of(LambdaExpression condition) => Say(condition.Body);

    /// <summary>"a pain point", "an occasion": one fact of <paramref name="type"/>.</summary>
    public static string Some(Type type)
    {
        string name = Words(type.Name);
        return ("aeiou".Contains(name[0]) ? "an " : "a ") + name;
    }

    /// <summary>A fact that is not one of the person's answers, by its kind and main member.</summary>
    public static string Fact(object fact) => fact switch
    {
        Candidate c => $"{c.ExerciseId} proposed for {Kebab.Name(c.Phase)}",
        IEnumerable many and not string => string.Join(", ", many.Cast<object>().Select(Fact)),
        _ => Words(fact.GetType().Name),
    };

    private static string Say(Expression expression) => expression switch
    {
        BinaryExpression { NodeType: ExpressionType.AndAlso } b => $"{Say(b.Left)} and {Say(b.Right)}",
        BinaryExpression { NodeType: ExpressionType.OrElse } b => $"{Say(b.Left)}, or {Say(b.Right)}",
        BinaryExpression b when Relation(b.NodeType) is { } relation => $"{Value(b.Left, b.Right)} {relation} {Value(b.Right, b.Left)}",
        UnaryExpression { NodeType: ExpressionType.Not, Operand: var operand } => Negated(operand),
        MethodCallExpression { Method.Name: "Contains" } call => Contains(call, "includes"),
        MethodCallExpression { Method.Name: "Any" } call => $"some of {Value(call.Arguments[0])} qualifies",
        MethodCallExpression { Method.Name: nameof(Kit.LacksSomethingFor) } call => $"{Value(call.Arguments[1])} needs equipment that is not at hand",
        MethodCallExpression { Method.Name: nameof(Kit.Has) } call => $"{Value(call.Arguments[1])} is at hand",
        MemberExpression member when member.Type == typeof(bool) => $"{Value(member)} holds",
        _ => "a further condition holds",
    };

    private static string Negated(Expression operand) => operand switch
    {
        MethodCallExpression { Method.Name: "Contains" } call => Contains(call, "does not include"),
        MethodCallExpression { Method.Name: "Any" } call => $"none of {Value(call.Arguments[0])} qualifies",
        MethodCallExpression { Method.Name: nameof(Kit.Has) } call => $"{Value(call.Arguments[1])} is not at hand",
        MemberExpression member when member.Type == typeof(bool) => $"{Value(member)} does not hold",
        _ => $"not ({Say(operand)})",
    };

    private static string Contains(MethodCallExpression call, string verb)
    {
        (Expression list, Expression item) = call.Object is null ? (call.Arguments[0], call.Arguments[1]) : (call.Object, call.Arguments[0]);
        return $"{Value(list)} {verb} {Value(item)}";
    }

    private static string? Relation(ExpressionType type) => type switch
    {
        ExpressionType.Equal => "is",
        ExpressionType.NotEqual => "is not",
        ExpressionType.GreaterThan => "is above",
        ExpressionType.GreaterThanOrEqual => "is at least",
        ExpressionType.LessThan => "is below",
        ExpressionType.LessThanOrEqual => "is at most",
        _ => null,
    };

    /// <summary>An enum compared with a value is compiled as a number on both sides: say the number as the enum value it stands for.</summary>
    private static string Value(Expression expression, Expression other) =>
        expression is ConstantExpression { Value: int number } && EnumOf(other) is { } type
            ? EnumName((Enum)Enum.ToObject(type, number))
            : Value(expression);

    private static Type? EnumOf(Expression expression) => expression switch
    {
        UnaryExpression { NodeType: ExpressionType.Convert, Operand: var operand } => (Nullable.GetUnderlyingType(operand.Type) ?? operand.Type) is { IsEnum: true } type ? type : null,
        _ => null,
    };

    private static string Value(Expression expression) => expression switch
    {
        ConstantExpression { Value: null } => "none",
        ConstantExpression { Value: Enum e } => EnumName(e),
        ConstantExpression { Value: string s } => $"\"{s}\"",
        ConstantExpression c => Convert.ToString(c.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "none",
        UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked, Operand: var operand } => Value(operand),
        MemberExpression { Expression: ParameterExpression } member => "the " + Words(member.Member.Name),
        MemberExpression { Expression: MemberExpression inner } member => $"{Value(inner)}'s {Words(member.Member.Name)}",
        MemberExpression { Expression: null } member => Words(member.Member.Name),
        MemberExpression member when Evaluates(member, out object? value) => Value(Expression.Constant(value)),
        ParameterExpression parameter => "the " + Words(parameter.Name ?? "fact"),
        _ => "a value",
    };

    private static bool Evaluates(Expression expression, out object? value)
    {
        try
        {
            value = Expression.Lambda(expression).Compile().DynamicInvoke();
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or System.Reflection.TargetInvocationException)
        {
            value = null;
            return false;
        }
    }

    /// <summary>An enum value as the contract spells it ("hip-flexors").</summary>
    private static string EnumName(Enum value) =>
        (string)typeof(Kebab).GetMethod(nameof(Kebab.Name))!.MakeGenericMethod(value.GetType()).Invoke(null, [value])!;

    /// <summary>"FullRangePainful" → "full range painful".</summary>
    private static string Words(string name)
    {
        var words = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1])) words.Append(' ');
            words.Append(char.ToLowerInvariant(name[i]));
        }

        return words.ToString();
    }
}
