using Advisor.Engine.Outcomes;

namespace Advisor.Engine.Personalization;

/// <summary>
/// Where the ranker keeps a personal layer it drops to stay within
/// <see cref="RankerOptions.ResidentPeople"/>, and reads it back when the person returns: the
/// layer as it was dropped, plus the outcomes logged since, so that coming back costs the same on
/// day 300 as on day 3. A person whose layer was never kept is read back from all their outcomes.
/// </summary>
public interface IPersonalHistorySource
{
    /// <summary>The person's layer as last kept (<see cref="Keep"/>), or null when none was.</summary>
    Task<byte[]?> KeptLayerOfAsync(string personId, CancellationToken cancel);

    /// <summary>
    /// The person's outcomes the ranker has been taught, logged at or after <paramref name="from"/>
    /// (all of them when it is null), the one it is being taught now included, in the order it was
    /// taught them, less those <paramref name="held"/> says the layer read back holds already, which
    /// need not be read at all. Outcomes stored but not yet taught must be left out, or the shared
    /// part, which learns them when they are taught, and the personal layer would disagree about
    /// what was learned.
    /// </summary>
    Task<IReadOnlyList<PersonalOutcome>> OutcomesOfAsync(string personId, DateTimeOffset? from, Predicate<Stamp> held, CancellationToken cancel);

    /// <summary>
    /// Keeps the layer the ranker is dropping, whose latest outcome is <paramref name="latest"/>:
    /// called under the ranker's lock, so it must not wait. A layer that is never kept costs only a
    /// longer read back; a kept one must not replace one kept with a later outcome.
    /// </summary>
    void Keep(string personId, byte[] layer, Stamp latest);
}
