// The members are the contract's vocabulary (docs/contract.md range), in kebab-case on the wire.
#pragma warning disable CS1591

namespace Advisor.Engine.Routines;

/// <summary>
/// How far an exercise moves: an inch or two (micro), a small part of its range while the range
/// grows back after pain (small, G4), or its whole range (G2, G3, G4).
/// </summary>
public enum Range { Micro, Small, Full }
