using System.Reflection;

namespace Advisor.Engine.Inference.Model;

/// <summary>
/// A variable that a pattern binds, identified by the captured local (or field) that the rule's
/// alias expression named, such as <c>() =&gt; glutes</c>.
/// </summary>
public sealed class Declaration
{
    internal Declaration(string name, Type type, object? owner, MemberInfo member)
    {
        Name = name;
        Type = type;
        Owner = owner;
        Member = member;
    }

    /// <summary>The variable's name as written in the rule.</summary>
    public string Name { get; }

    /// <summary>The variable's type.</summary>
    public Type Type { get; }

    internal object? Owner { get; }

    internal MemberInfo Member { get; }

    internal bool IsReferencedBy(object? owner, MemberInfo member) =>
        ReferenceEquals(owner, Owner) && member == Member;

    /// <inheritdoc />
    public override string ToString() => Name;
}
