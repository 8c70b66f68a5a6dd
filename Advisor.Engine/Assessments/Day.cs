// The members are the contract's vocabulary (docs/contract.md), in kebab-case on the wire.
#pragma warning disable CS1591

namespace Advisor.Engine.Assessments;

/// <summary>What kind of day the routine is for.</summary>
public enum Day { Workday, LowerBody, UpperBody, FullBody, Recovery, PostWorkout }
