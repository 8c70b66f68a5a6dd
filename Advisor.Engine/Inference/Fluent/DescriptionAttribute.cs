namespace Advisor.Engine.Inference.Fluent;

/// <summary>What the rule means, in a sentence.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DescriptionAttribute(string value) : Attribute
{
    /// <summary>The description.</summary>
    public string Value { get; } = value;
}
