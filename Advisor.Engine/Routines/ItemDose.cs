using Advisor.Engine.Catalog;

namespace Advisor.Engine.Routines;

/// <summary>
/// The dose of one item after the rules' adjustments. Seconds scale with sets and repetitions from
/// the catalog's timing, so a person's time estimate stays honest when the dose changes.
/// </summary>
internal sealed record ItemDose(int Sets, int Reps, int HoldSeconds, int Seconds)
{
    public static ItemDose From(Exercise exercise, int? sets, int extraHold, int restAfter, int? setLimit)
    {
        Dose dose = exercise.Dose;
        int finalSets = sets ?? dose.Sets;
        int reps = dose.Reps;
        int sides = exercise.OneSided ? 2 : 1;
        double perRep = (double)dose.Seconds / (dose.Sets * dose.Reps);
        double perSet = reps * perRep + (double)extraHold * reps * sides;
        if (setLimit is { } limit) perSet = Math.Min(perSet, limit);
        int seconds = (int)Math.Ceiling(finalSets * perSet) + restAfter;
        return new ItemDose(finalSets, reps, dose.HoldSeconds + extraHold, seconds);
    }

    /// <summary>
    /// One repetition fewer, done more slowly in the same time (G5). Applied after the routine is
    /// fitted to the minutes, so slowing down never frees time for more exercises.
    /// </summary>
    public ItemDose Slowed() => this with { Reps = Math.Max(1, Reps - 1) };

    /// <summary>
    /// The same dose with fewer repetitions, to fit <paramref name="seconds"/>; null when that would
    /// leave less than half the repetitions, which is too little to be worth doing.
    /// </summary>
    public ItemDose? ShrunkTo(int seconds)
    {
        if (seconds <= 0) return null;
        int reps = (int)Math.Floor((double)Reps * seconds / Seconds);
        if (reps < 1 || reps * 2 < Reps) return null;
        int shrunk = (int)Math.Ceiling((double)Seconds * reps / Reps);
        return shrunk <= seconds ? this with { Reps = reps, Seconds = shrunk } : null;
    }
}
