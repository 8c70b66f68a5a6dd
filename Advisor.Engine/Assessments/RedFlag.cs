// The members are the contract's vocabulary (docs/contract.md), in kebab-case on the wire.
#pragma warning disable CS1591

namespace Advisor.Engine.Assessments;

/// <summary>A symptom that calls for a health professional rather than a routine (G1).</summary>
public enum RedFlag { SharpPain, Dizziness, PersistentDiscomfort }
