// The members are the contract's vocabulary (docs/contract.md), in kebab-case on the wire.
#pragma warning disable CS1591

namespace Advisor.Engine.Assessments;

/// <summary>Where the routine is done.</summary>
public enum Setting { Desk, Home, Gym }
