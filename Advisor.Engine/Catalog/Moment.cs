// The members are the contract's vocabulary (docs/contract.md schedule.when), in kebab-case on the wire.
#pragma warning disable CS1591

namespace Advisor.Engine.Catalog;

/// <summary>A moment of the workday template (G24).</summary>
public enum Moment { StartOfDay, EveryInterval, PreMeeting, MidAfternoon, EndOfDay }
