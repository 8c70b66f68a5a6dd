namespace Advisor.Engine.Inference.Fluent;

/// <summary>The guideline ids a rule encodes, so that every conclusion can cite its source.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class GuidelineAttribute(params string[] ids) : Attribute
{
    /// <summary>The guideline ids, such as "G12".</summary>
    public IReadOnlyList<string> Ids { get; } = ids;
}
