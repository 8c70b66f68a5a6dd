// The members are the contract's vocabulary (docs/contract.md), in kebab-case on the wire.
#pragma warning disable CS1591

namespace Advisor.Engine.Assessments;

/// <summary>Equipment a person may have to hand.</summary>
public enum Equipment { Band, Dumbbell, Ball, Wall, Chair, Bench, Mat }
