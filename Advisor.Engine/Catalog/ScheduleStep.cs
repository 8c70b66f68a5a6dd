namespace Advisor.Engine.Catalog;

/// <summary>The n-th movement of a moment of the workday template (data/workday-schedule.csv, G24).</summary>
public sealed record ScheduleStep(Moment When, int Order, string ExerciseId, IReadOnlyList<string> Guidelines) : IGuidelineRow;
