// The members are the contract's vocabulary (docs/contract.md phase), in kebab-case on the wire.
#pragma warning disable CS1591

namespace Advisor.Engine.Catalog;

/// <summary>A phase of a routine, declared in the order a person does them (G17).</summary>
public enum RoutinePhase { WarmUp, Release, Activate, Integrate, Strengthen, Mobility, Desk, CoolDown }
