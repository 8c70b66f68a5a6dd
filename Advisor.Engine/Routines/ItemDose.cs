using Advisor.Engine.Catalog;

namespace Advisor.Engine.Routines;

/// <summary>
/// The dose of one item after the rules' adjustments. A repetition always takes at least the
/// catalog's seconds (plus any longer hold), so a dose is doable as written: fitting and limits
/// change how many repetitions and sets there are, never how fast each one goes.
/// </summary>
/// <param name="Sets">Sets (rounds, at the desk).</param>
/// <param name="Reps">Repetitions per set, per side for one-sided exercises.</param>
/// <param name="HoldSeconds">Seconds each repetition is held.</param>
/// <param name="RepetitionSeconds">Seconds of one repetition on every side it is done on.</param>
/// <param name="RestSeconds">Seconds after the item, such as melting into the floor (G7).</param>
/// <param name="MostSets">The most sets the item may be given to fill the minutes (G10, G41).</param>
internal sealed record ItemDose(int Sets, int Reps, int HoldSeconds, double RepetitionSeconds, int RestSeconds, int MostSets)
{
    /// <summary>Sets an item may reach when time is left over; desk micro-sets may be repeated more, being short (G10).</summary>
    public const int MostRounds = 3, MostDeskRounds = 5;

    /// <summary>Total seconds, both sides and the rest after it included.</summary>
    public int Seconds => (int)Math.Ceiling(Sets * Reps * RepetitionSeconds - 1e-9) + RestSeconds;

    /// <summary>Seconds of one set.</summary>
    public double SetSeconds => Reps * RepetitionSeconds;

    /// <summary>
    /// The catalog's dose with the rules' changes: <paramref name="sets"/> prescribed (G32), a
    /// longer hold (G25), rest after (G7), and a longest set (G10), met by doing fewer repetitions
    /// per set; null when not even one repetition fits in such a set.
    /// </summary>
    public static ItemDose? From(Exercise exercise, int? sets, int extraHold, int restAfter, int? setLimit)
    {
        Dose dose = exercise.Dose;
        int sides = exercise.OneSided ? 2 : 1;
        double repetition = (double)dose.Seconds / (dose.Sets * dose.Reps) + extraHold * sides;
        int reps = dose.Reps;
        if (setLimit is { } limit)
        {
            reps = Math.Min(reps, (int)Math.Floor(limit / repetition));
            if (reps < 1) return null;
        }

        int finalSets = sets ?? dose.Sets;
        return new ItemDose(finalSets, reps, dose.HoldSeconds + extraHold, repetition, restAfter,
            Math.Max(finalSets, setLimit is null ? MostRounds : MostDeskRounds));
    }

    /// <summary>
    /// One repetition fewer, done more slowly in the same time (G5). Applied after the routine is
    /// fitted to the minutes, so slowing down never frees time for more exercises.
    /// </summary>
    public ItemDose Slowed() => Reps <= 1 ? this : this with { Reps = Reps - 1, RepetitionSeconds = RepetitionSeconds * Reps / (Reps - 1) };

    /// <summary>The least of it: one set of one repetition, at the same pace.</summary>
    public ItemDose Least => this with { Sets = 1, Reps = 1 };

    /// <summary>One more set, or null when the item has as many as it may have.</summary>
    public ItemDose? WithAnotherSet() => Sets < MostSets ? this with { Sets = Sets + 1 } : null;

    /// <summary>
    /// The largest dose of this one that fits <paramref name="seconds"/>: fewer sets, then fewer
    /// repetitions, at the same pace; null when that would leave fewer than
    /// <paramref name="leastRepetitions"/> repetitions in all.
    /// </summary>
    public ItemDose? ShrunkTo(int seconds, int leastRepetitions)
    {
        ItemDose? best = null;
        for (int sets = Sets; sets >= 1; sets--)
        {
            for (int reps = Reps; reps >= 1; reps--)
            {
                if (sets * reps < leastRepetitions) break;
                ItemDose smaller = this with { Sets = sets, Reps = reps };
                if (smaller.Seconds > seconds) continue;
                if (best is null || sets * reps > best.Sets * best.Reps) best = smaller;
                break;
            }
        }

        return best;
    }
}
