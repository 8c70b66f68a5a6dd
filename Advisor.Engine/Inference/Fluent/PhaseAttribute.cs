namespace Advisor.Engine.Inference.Fluent;

/// <summary>
/// The phase (agenda group) a rule belongs to. Phases run in the order the session options give;
/// a rule without this attribute belongs to <see cref="Model.RuleDefinition.DefaultPhase"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PhaseAttribute(string name) : Attribute
{
    /// <summary>The phase name.</summary>
    public string Name { get; } = name;
}
