namespace Advisor.Host.Seeding;

/// <summary>How big a seeded store is and which seed makes it: the same shape and seed give the same rows.</summary>
public sealed record SeedShape(int People, int OutcomesPerPerson, int Seed)
{
    /// <summary>
    /// Each routine is logged about five times, as a person who repeats a routine for a week would;
    /// a person with no outcomes still has one routine, since routines come before outcomes.
    /// </summary>
    public int RoutinesPerPerson => Math.Max(1, (OutcomesPerPerson + 4) / 5);

    /// <summary>The bearer token of seeded person <paramref name="index"/>: predictable on purpose, so a load test can act as anyone it seeded.</summary>
    public string Token(int index) => $"ra_seed_{Seed}_{index}";
}
