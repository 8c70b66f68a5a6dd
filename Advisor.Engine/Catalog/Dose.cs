namespace Advisor.Engine.Catalog;

/// <summary>How much of an exercise: sets, repetitions, hold per repetition, and total seconds (both sides included).</summary>
public sealed record Dose(int Sets, int Reps, int HoldSeconds, int Seconds);
