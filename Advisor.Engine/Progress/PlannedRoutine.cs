using Advisor.Engine.Routines;

namespace Advisor.Engine.Progress;

/// <summary>One of a person's routines as progress counts it: when it was made and what it planned.</summary>
/// <param name="RoutineId">The routine's id.</param>
/// <param name="CreatedAt">When it was made; adherence counts a person's routines by day.</param>
/// <param name="Routine">The routine as served.</param>
public sealed record PlannedRoutine(string RoutineId, DateTimeOffset CreatedAt, Routine Routine)
{
    /// <summary>The exercise ids of the routine's items, in every phase.</summary>
    public IReadOnlyList<string> Items() => Routine.Phases.SelectMany(p => p.Items).Select(i => i.ExerciseId).ToArray();
}
