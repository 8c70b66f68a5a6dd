using Advisor.Engine.Catalog;

namespace Advisor.Engine.Routines;

/// <summary>One exercise of a routine: what, how much, how, and why.</summary>
public sealed record RoutineItem
{
    /// <summary>The contract's exercise id.</summary>
    public required string ExerciseId { get; init; }

    /// <summary>The exercise's name.</summary>
    public required string Name { get; init; }

    /// <summary>Micro or full range.</summary>
    public required Range Range { get; init; }

    /// <summary>Sets.</summary>
    public required int Sets { get; init; }

    /// <summary>Repetitions per set (per side for one-sided exercises).</summary>
    public required int Reps { get; init; }

    /// <summary>Seconds to hold each repetition.</summary>
    public required int HoldSeconds { get; init; }

    /// <summary>Total seconds, both sides and rests included.</summary>
    public required int Seconds { get; init; }

    /// <summary>Mirrored on both sides for equal time (G9).</summary>
    public required bool BothSides { get; init; }

    /// <summary>How to do it well: tempo, breath, range, touch.</summary>
    public required IReadOnlyList<string> Cues { get; init; }

    /// <summary>Why it is here (G42); never empty.</summary>
    public required IReadOnlyList<Reason> Because { get; init; }

    /// <summary>How to do the movement.</summary>
    public required string Instructions { get; init; }

    /// <summary>Equipment it uses.</summary>
    public IReadOnlyList<Assessments.Equipment> Equipment { get; init; } = [];

    /// <summary>Where it is done.</summary>
    public required Position Position { get; init; }

    /// <summary>The most severe of the person's pain points it answers, which decides what a short routine keeps (G41); absent when it answers none.</summary>
    public Assessments.Region? Serves { get; init; }

    /// <summary>How the personalizing ranker placed it, with the probability of that place; absent when no ranker took part.</summary>
    public ItemPersonalization? Personalization { get; init; }
}
