namespace Advisor.Engine.Inference.Fluent;

/// <summary>Orders a rule's activations against others of the same phase.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PriorityAttribute(RulePriority level) : Attribute
{
    /// <summary>The level.</summary>
    public RulePriority Level { get; } = level;
}
