using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;

namespace Advisor.Simulation;

/// <summary>
/// A hidden preference of a synthetic person: how much more (or less) an exercise is worth to them
/// than to the average person. The ranker never sees it; it only sees the outcomes it causes.
/// </summary>
/// <param name="Name">What it is, in plain words.</param>
/// <param name="Effect">The change to an exercise's expected reward.</param>
public sealed record Taste(string Name, Func<Exercise, double> Effect)
{
    /// <summary>The tastes synthetic people are drawn from.</summary>
    public static IReadOnlyList<Taste> All { get; } =
    [
        new("finds floor releases soothing", e => e.Position == Position.Floor ? (e.Kind == ExerciseKind.Release ? 0.3 : 0.1) : -0.1),
        new("never does the seated ones", e => e.Position == Position.Seated ? -0.4 : 0.05),
        new("gets relief only from neck work", e => e.Regions.Contains(Region.Neck) ? 0.3 : -0.15),
        new("likes to stand", e => e.Position == Position.Standing ? 0.25 : e.Position == Position.Floor ? -0.1 : 0),
        new("wants it short", e => e.Dose.Seconds <= 45 ? 0.2 : e.Dose.Seconds > 120 ? -0.25 : 0),
        new("dislikes equipment", e => e.Equipment.Count > 0 ? -0.3 : 0.05),
        new("prefers gentle work", e => e.Kind is ExerciseKind.Release or ExerciseKind.Mobility ? 0.2 : e.Kind is ExerciseKind.Strengthen or ExerciseKind.Activate ? -0.2 : 0),
    ];
}
