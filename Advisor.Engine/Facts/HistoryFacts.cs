using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;

namespace Advisor.Engine.Facts;

// A person's logged outcomes, as facts. Routine numbers count from 1 (the oldest logged routine).

/// <summary>Pain in a region before and after one logged routine (G4).</summary>
public sealed record PainLog(Region Region, int Before, int After, int Routine);

/// <summary>How an exercise felt in one logged routine (G25).</summary>
public sealed record RatingLog(string ExerciseId, Rating Rating, int Routine);

/// <summary>A condition reported after one logged routine (G5, G21).</summary>
public sealed record ConditionLog(Condition Condition, int Routine);

/// <summary>How many routines have been logged, and the days since the first (G26).</summary>
public sealed record LogSummary(int Routines, int DaysSinceFirst);
