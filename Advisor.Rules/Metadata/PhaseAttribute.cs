using NRules.Fluent.Dsl;

namespace Advisor.Rules.Metadata;

/// <summary>
/// The phase of a session a rule belongs to (<see cref="Phases"/>), as an NRules tag
/// <c>phase:NAME</c>. The rule's priority must lie in the phase's band (<see cref="Priorities"/>);
/// loading checks it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class PhaseAttribute(string phase) : TagAttribute(Prefix + phase)
{
    /// <summary>What a phase tag starts with.</summary>
    public const string Prefix = "phase:";

    /// <summary>The phase's name.</summary>
    public string Phase { get; } = phase;
}
