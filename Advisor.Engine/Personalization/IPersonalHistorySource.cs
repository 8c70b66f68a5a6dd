namespace Advisor.Engine.Personalization;

/// <summary>
/// Where the ranker reads a person's outcomes back to rebuild a personal layer it dropped to stay
/// within <see cref="RankerOptions.ResidentPeople"/>: the host's store.
/// </summary>
public interface IPersonalHistorySource
{
    /// <summary>
    /// The person's outcomes the ranker has been taught, the one it is being taught now included, in
    /// the order it was taught them; none for a person with none. Outcomes stored but not yet taught
    /// must be left out, or the shared part, which learns them when they are taught, and the
    /// personal layer would disagree about what was learned.
    /// </summary>
    IReadOnlyList<PersonalOutcome> OutcomesOf(string personId);
}
