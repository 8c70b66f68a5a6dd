namespace Advisor.Engine.Inference.Fluent;

/// <summary>A free-form label, used to load a subset of rules from an assembly.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class TagAttribute(string value) : Attribute
{
    /// <summary>The tag.</summary>
    public string Value { get; } = value;
}
