using System.Linq.Expressions;
using System.Reflection;
using Advisor.Engine.Inference.Compilation;
using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Fluent;

/// <summary>Turns an alias expression such as <c>() =&gt; glutes</c> into a declaration.</summary>
internal static class Alias
{
    public static Declaration Declare(string rule, LambdaExpression alias)
    {
        if (alias.Body is MemberExpression { Member: FieldInfo or PropertyInfo } member
            && member.Expression is null or ConstantExpression)
        {
            object? owner = (member.Expression as ConstantExpression)?.Value;
            return new Declaration(member.Member.Name, alias.ReturnType, owner, member.Member);
        }

        throw new RuleCompilationException(rule,
            $"the alias '{alias}' must name a captured variable, as in () => customer");
    }
}
