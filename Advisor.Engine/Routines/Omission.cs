namespace Advisor.Engine.Routines;

/// <summary>An exercise the rules considered and left out, and why: so the routine can say why not.</summary>
public sealed record Omission(string ExerciseId, string Reason, IReadOnlyList<string> Guidelines);
