using Advisor.Engine.Assessments;

namespace Advisor.Engine.Outcomes;

// A person's logged outcomes, summarized into a bounded set of facts: one per region, one per rated
// exercise, the conditions of the latest few routines and one summary. A year of logging costs the
// rules no more than a week of it. Routine numbers count from 1 (the oldest logged routine).

/// <summary>Pain in a region before and after one logged routine.</summary>
/// <param name="Before">Pain before the routine, 0 to 10.</param>
/// <param name="After">Pain after it.</param>
/// <param name="Routine">Which logged routine it was.</param>
public sealed record PainChange(int Before, int After, int Routine)
{
    /// <summary>Pain was higher after the routine than before it.</summary>
    public bool Rose => After > Before;

    /// <summary>Pain was lower after the routine than before it.</summary>
    public bool Fell => After < Before;
}

/// <summary>
/// How pain in one region has gone over the logged routines that rated it (G4): the latest change,
/// the one before it, and the highest pain-after of every earlier one.
/// </summary>
/// <param name="Region">The region.</param>
/// <param name="Latest">The latest logged change.</param>
/// <param name="Previous">The change logged before it, if any.</param>
/// <param name="HighestEarlierAfter">The highest pain after any routine before the latest; -1 when there is none.</param>
/// <param name="LastRise">The latest change in which pain rose, if it ever did.</param>
public sealed record PainTrend(Region Region, PainChange Latest, PainChange? Previous, int HighestEarlierAfter, PainChange? LastRise = null);

/// <summary>How an exercise has felt (G17, G25): the latest rating, when it was given, and how often it was not too hard.</summary>
/// <param name="ExerciseId">The exercise.</param>
/// <param name="Latest">Its latest rating.</param>
/// <param name="LatestRoutine">The logged routine that rating came with.</param>
/// <param name="TimesNotTooHard">How many logged routines rated it anything but too hard.</param>
public sealed record RatingHistory(string ExerciseId, Rating Latest, int LatestRoutine, int TimesNotTooHard);

/// <summary>A condition reported after one of the latest logged routines (G5, G21).</summary>
public sealed record ConditionLog(Condition Condition, int Routine);

/// <summary>How many routines have been logged, and the days since the first (G26).</summary>
public sealed record LogSummary(int Routines, int DaysSinceFirst);
