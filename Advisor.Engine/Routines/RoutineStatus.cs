// The members are the contract's vocabulary (docs/contract.md status), in kebab-case on the wire.
#pragma warning disable CS1591

namespace Advisor.Engine.Routines;

/// <summary>A routine, or a referral to a health professional (G1).</summary>
public enum RoutineStatus { Ok, Refer }
