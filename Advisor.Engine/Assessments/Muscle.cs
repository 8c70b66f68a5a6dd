// The members are the contract's vocabulary (docs/contract.md), in kebab-case on the wire.
#pragma warning disable CS1591

namespace Advisor.Engine.Assessments;

/// <summary>A muscle (group) a person can report as inactive, tight or weak.</summary>
public enum Muscle
{
    Glutes, Abdominals, HipFlexors, LowerBack, InnerThighs, Hamstrings, Quadriceps,
    GluteMedius, RotatorCuff, ScapularStabilizers, UpperTraps, Chest, Calves, Forearms,
}
