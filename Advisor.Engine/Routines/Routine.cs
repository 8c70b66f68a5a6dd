namespace Advisor.Engine.Routines;

/// <summary>The contract's routine: phases of items in order, or a referral (G1).</summary>
public sealed record Routine
{
    /// <summary>An id to log outcomes against.</summary>
    public required string RoutineId { get; init; }

    /// <summary>ok, or refer.</summary>
    public required RoutineStatus Status { get; init; }

    /// <summary>What the person should know first.</summary>
    public required string Message { get; init; }

    /// <summary>Phases in the order a person does them; empty on a referral.</summary>
    public required IReadOnlyList<PhasePlan> Phases { get; init; }

    /// <summary>The workday template, for the desk on a workday (G24).</summary>
    public IReadOnlyList<ScheduleSlot>? Schedule { get; init; }

    /// <summary>Minutes between desk micro-breaks (G21).</summary>
    public int? IntervalMinutes { get; init; }

    /// <summary>The routine's length in seconds.</summary>
    public required int TotalSeconds { get; init; }

    /// <summary>Things to do alongside the routine (G26).</summary>
    public IReadOnlyList<string> Reminders { get; init; } = [];

    /// <summary>Exercises considered and left out, with the reason.</summary>
    public IReadOnlyList<Omission> Omitted { get; init; } = [];
}
