namespace Advisor.Engine.Inference.Fluent;

/// <summary>
/// A few named levels rather than scattered numbers: a rule set that needs more than five levels
/// inside one phase usually wants another phase.
/// </summary>
public enum RulePriority
{
    /// <summary>Fires after every other activation of its phase.</summary>
    Lowest = -2,
    /// <summary>Fires after normal activations.</summary>
    Low = -1,
    /// <summary>The default.</summary>
    Normal = 0,
    /// <summary>Fires before normal activations.</summary>
    High = 1,
    /// <summary>Fires before every other activation of its phase.</summary>
    Highest = 2,
}
