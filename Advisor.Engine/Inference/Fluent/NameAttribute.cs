namespace Advisor.Engine.Inference.Fluent;

/// <summary>The rule's name as people read it; defaults to the class name.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NameAttribute(string value) : Attribute
{
    /// <summary>The name.</summary>
    public string Value { get; } = value;
}
