using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Routines;

namespace Advisor.Engine.Facts;

// What the guidance concludes. Each is inserted by a rule, so each can say which rule and which
// of the person's answers put it there.

/// <summary>No routine: the person should pause and see a health professional (G1).</summary>
public sealed record Referral(RedFlag Flag);

/// <summary>Micromovement range: for every exercise when Region is null (G2), else for the exercises that load the region (G3, G4).</summary>
public sealed record MicroRange(Region? Region);

/// <summary>An inactive muscle's antagonist is tight, so it is released before the muscle is activated (G12, G14, G15, G17).</summary>
public sealed record TightAntagonist(Muscle Inactive, Muscle Tight);

/// <summary>The range of a region's exercises is growing back: a small range, between micro and full (G4).</summary>
public sealed record SmallRange(Region Region);

/// <summary>The exercise is done in a small range while its region's range grows back (G4).</summary>
public sealed record SmallVersion(string ExerciseId);

/// <summary>Logged pain in a region is falling, so its range may grow a little (G4).</summary>
public sealed record RangeGrowth(Region Region);

/// <summary>Slow down further and do less (G5).</summary>
public sealed record SlowDown;

/// <summary>Fatigue shows early, so desk breaks come more often (G21).</summary>
public sealed record EarlyFatigue;

/// <summary>Inactive muscle has shown progress in activation, so strengthening may start (G17).</summary>
public sealed record ActivationProgress(Muscle Muscle);

/// <summary>
/// An exercise proposed for a phase. Rank orders it within the phase (lower first); Target is the
/// muscle it works on and Serves the pain region it answers, when there is one (G41). Line says
/// whether the guidance names it first-line, which a ranker keeps in its place, or one of several
/// interchangeable ones a ranker may choose and order among. It carries its catalog entry, so a
/// rule reads the exercise's position, equipment or regions off the candidate instead of joining
/// it with the catalog.
/// </summary>
public sealed record Candidate(Exercise Exercise, RoutinePhase Phase, int Rank, Muscle? Target = null, Region? Serves = null, Line Line = Line.Interchangeable)
{
    /// <summary>The contract's exercise id.</summary>
    public string ExerciseId => Exercise.Id;

    /// <summary>Equal when they propose the same exercise the same way; the catalog entry is the same object for one id.</summary>
    public bool Equals(Candidate? other) =>
        other is not null && ExerciseId == other.ExerciseId && Phase == other.Phase && Rank == other.Rank
        && Target == other.Target && Serves == other.Serves && Line == other.Line;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ExerciseId, Phase, Rank, Target, Serves, Line);
}

/// <summary>An exercise the routine must not hold, and why.</summary>
public sealed record Excluded(string ExerciseId, string Reason);

/// <summary>
/// An exercise done as activation that also releases <paramref name="Tight"/> (Arch &amp; Flatten and
/// the Back Lift for the lower back, G15, G16), so it is its own release before it (G17).
/// </summary>
public sealed record ReleasesAsItActivates(string ExerciseId, Muscle? Tight);

/// <summary>An exercise that may only be done after one of its prerequisites (G17).</summary>
public sealed record Prerequisite(string ExerciseId, string Requires);

/// <summary>The exercise is done in its micromovement version.</summary>
public sealed record MicroVersion(string ExerciseId);

/// <summary>A cue for doing an exercise well.</summary>
public sealed record Cue(string ExerciseId, string Text);

/// <summary>
/// Slow somatic work whose release is counted, longer on each repetition (G6). The routine shows
/// <paramref name="Text"/> only when the item keeps <see cref="LeastRepetitions"/> or more
/// repetitions, since the count runs 8, then 10, then 12.
/// </summary>
public sealed record ReleaseCount(string ExerciseId, string Text)
{
    /// <summary>Repetitions the count needs: one for each of 8, 10 and 12.</summary>
    public const int LeastRepetitions = 3;

    /// <summary>Seconds a repetition needs on each side to contract slowly and count its release to 12.</summary>
    public const double LeastRepetitionSeconds = 15;

    /// <summary>True when the catalog's dose of <paramref name="exercise"/> has room for the count.</summary>
    public static bool Fits(Exercise exercise) =>
        exercise.Dose.Reps >= LeastRepetitions && exercise.RepetitionSeconds >= LeastRepetitionSeconds;
}

/// <summary>Hold each repetition longer (G25).</summary>
public sealed record LongerHold(string ExerciseId, int Seconds);

/// <summary>Add a light band (G25).</summary>
public sealed record AddBand(string ExerciseId);

/// <summary>Extra seconds after the exercise, such as melting into the floor (G7).</summary>
public sealed record RestAfter(string ExerciseId, int Seconds);

/// <summary>A set count the guidance prescribes (G32).</summary>
public sealed record SetCount(string ExerciseId, int Sets);

/// <summary>The longest a set may last, in seconds (G10).</summary>
public sealed record SetLimit(string ExerciseId, int Seconds);

/// <summary>Minutes between desk micro-breaks (G21).</summary>
public sealed record DeskInterval(int Minutes);

/// <summary>A movement at a moment of the workday (G24).</summary>
public sealed record ScheduleEntry(Moment When, int Order, string ExerciseId);

/// <summary>The routine lasts at most this many minutes, whatever time the person has (G36).</summary>
public sealed record TimeLimit(int Minutes);

/// <summary>Something to do alongside the routine, such as rating stiffness (G26).</summary>
public sealed record Reminder(string Text);
