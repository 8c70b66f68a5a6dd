// The members are the contract's vocabulary (docs/contract.md), in kebab-case on the wire.
#pragma warning disable CS1591

namespace Advisor.Engine.Assessments;

/// <summary>A circumstance that changes what is safe or useful.</summary>
public enum Condition
{
    Sensitized, JointInflammation, StructuralIssue, Frustrated, EarlyFatigue, RoundedShoulders,
    KneeValgus, AnkleInstability, LeftRightImbalance, OverheadLifting, Sedentary,
}
