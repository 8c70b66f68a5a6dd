namespace Advisor.Engine.Routines;

/// <summary>
/// One movement of the workday schedule with its dose and range, so a scheduled movement that is
/// not a routine item is done as carefully as one that is (G1, G2).
/// </summary>
public sealed record ScheduledMovement
{
    /// <summary>The contract's exercise id.</summary>
    public required string ExerciseId { get; init; }

    /// <summary>Micro, small or full range.</summary>
    public required Range Range { get; init; }

    /// <summary>Sets.</summary>
    public required int Sets { get; init; }

    /// <summary>Repetitions per set (per side for one-sided exercises).</summary>
    public required int Reps { get; init; }

    /// <summary>Seconds to hold each repetition.</summary>
    public required int HoldSeconds { get; init; }

    /// <summary>Total seconds, both sides and rests included.</summary>
    public required int Seconds { get; init; }
}
