using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Advisor.Engine.Inference.Compilation;

namespace Advisor.Engine.Inference.Runtime;

/// <summary>
/// A pattern's first single-fact test when it compares a member of the fact with a value fixed at
/// compile time, as in <c>f =&gt; f.Level == 3</c>. The alpha nodes of a fact type that test one
/// member this way are indexed by the value (see <see cref="AlphaPlan"/>), so a fact is only tested
/// by the nodes whose value it has. Skipping the others must be exactly what their failing first
/// test would have done, so only this qualifies: a read that cannot throw or have side effects (a
/// field or non-virtual auto-property of the fact itself, possibly widened, or an enum as its
/// number), a type whose <c>==</c> is <c>Equals</c> (integers, bool, char, enums, strings), and a
/// value that cannot change (a literal, or a chain of readonly fields; a captured local can).
/// </summary>
internal sealed class AlphaKey
{
    private static readonly MethodInfo StringEquality = typeof(string).GetMethod("op_Equality", [typeof(string), typeof(string)])!;

    private AlphaKey(MemberInfo member, Type type, Expression<Func<object, object>> read, object value)
    {
        Member = member;
        Type = type;
        Read = read;
        Value = value;
    }

    /// <summary>The member of the fact that is tested.</summary>
    public MemberInfo Member { get; }

    /// <summary>The type the member is compared as (after any widening).</summary>
    public Type Type { get; }

    /// <summary>Reads the compared value from a fact, boxed; compiled once per index.</summary>
    public Expression<Func<object, object>> Read { get; }

    /// <summary>The value the test requires, boxed; never null.</summary>
    public object Value { get; }

    /// <summary>The key of <paramref name="condition"/>, when it has the shape described above.</summary>
    public static AlphaKey? Of(LambdaExpression condition)
    {
        if (condition.Body is not BinaryExpression { NodeType: ExpressionType.Equal } equal
            || (equal.Method is not null && equal.Method != StringEquality))
        {
            return null;
        }

        ParameterExpression fact = condition.Parameters[0];
        return Of(equal.Left, equal.Right, fact) ?? Of(equal.Right, equal.Left, fact);
    }

    private static AlphaKey? Of(Expression read, Expression fixedValue, ParameterExpression fact)
    {
        if (read.Type != fixedValue.Type || !IsKeyType(read.Type)) return null;
        Expression access = read is UnaryExpression { NodeType: ExpressionType.Convert, Method: null } convert && IsKeyType(convert.Operand.Type)
            ? convert.Operand
            : read;
        if (access is not MemberExpression { Member: var member } memberAccess || memberAccess.Expression != fact || !IsPlainRead(member)
            || !TryFixedValue(fixedValue, out object? value) || value is null)
        {
            return null;
        }

        ParameterExpression boxed = Expression.Parameter(typeof(object), "fact");
        Expression body = new ParameterReplacer(fact, Expression.Convert(boxed, fact.Type)).Visit(read);
        return new AlphaKey(member, read.Type, Expression.Lambda<Func<object, object>>(Expression.Convert(body, typeof(object)), boxed), value);
    }

    /// <summary>A type whose <c>==</c> is <c>Equals</c>, so a hash on it finds exactly what the test accepts.</summary>
    internal static bool IsKeyType(Type type) =>
        type.IsEnum || type == typeof(string) || type == typeof(bool) || type == typeof(char)
        || type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(sbyte)
        || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(byte);

    /// <summary>A field, or an auto-property no subclass can override.</summary>
    private static bool IsPlainRead(MemberInfo member) => member switch
    {
        FieldInfo => true,
        PropertyInfo { GetMethod: { } get } => get.IsDefined(typeof(CompilerGeneratedAttribute)) && (!get.IsVirtual || get.IsFinal),
        _ => false,
    };

    /// <summary>A literal, or a chain of readonly fields from a literal or a static field.</summary>
    private static bool TryFixedValue(Expression expression, out object? value)
    {
        value = null;
        switch (expression)
        {
            case ConstantExpression constant:
                value = constant.Value;
                return true;
            case MemberExpression { Member: FieldInfo { IsInitOnly: true } field } access:
                object? owner = null;
                if (access.Expression is not null && (!TryFixedValue(access.Expression, out owner) || owner is null)) return false;
                value = field.GetValue(owner);
                return true;
            default:
                return false;
        }
    }
}
