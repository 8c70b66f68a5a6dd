using Advisor.Engine.Catalog;

namespace Advisor.Engine.Routines;

/// <summary>The movements for one moment of the workday (G24).</summary>
public sealed record ScheduleSlot(Moment When, IReadOnlyList<string> ExerciseIds)
{
    /// <summary>The same movements with their dose and range, in the order of <see cref="ExerciseIds"/>.</summary>
    public IReadOnlyList<ScheduledMovement> Movements { get; init; } = [];
}
