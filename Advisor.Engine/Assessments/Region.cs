// The members are the contract's vocabulary (docs/contract.md), in kebab-case on the wire.
#pragma warning disable CS1591

namespace Advisor.Engine.Assessments;

/// <summary>A body region a pain point can be in.</summary>
public enum Region { Neck, Shoulders, UpperBack, LowerBack, Hips, Knees, Ankles, Wrists, Hands }
