using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;

namespace Advisor.UnitTests.Personalization;

/// <summary>
/// The store, in memory, as the ranker's page-in source: every outcome logged so far, by person, in
/// order, each stamped a second after the one before, and the layers the ranker kept.
/// </summary>
internal sealed class InMemoryHistory : IPersonalHistorySource
{
    private readonly List<(LoggedRoutine Logged, Stamp Stamp)> _all = [];
    private readonly Dictionary<string, (byte[] Layer, Stamp Latest)> _kept = new(StringComparer.Ordinal);

    /// <summary>Whose outcomes were read, in order.</summary>
    public List<string> Asked { get; } = [];

    /// <summary>Each read of outcomes: whose, from when (null for all of them), and whether a layer of theirs was kept then.</summary>
    public List<(string PersonId, DateTimeOffset? From, bool Kept)> Reads { get; } = [];

    /// <summary>How many layers the ranker handed over to keep, kept or not.</summary>
    public int Keeps { get; private set; }

    /// <summary>False to refuse every layer from now on, as a store that lost them would.</summary>
    public bool Keeping { get; set; } = true;

    /// <summary>Called once a person's history is read, before it is handed back: what another thread might do meanwhile.</summary>
    public Action<string>? WhileReading { get; set; }

    /// <summary>The latest outcome of each layer kept, by person.</summary>
    public IReadOnlyDictionary<string, Stamp> Kept => _kept.ToDictionary(k => k.Key, k => k.Value.Latest);

    /// <summary>Stores an outcome; returns its stamp, which the ranker is to be taught with.</summary>
    public Stamp Add(LoggedRoutine logged)
    {
        int n = _all.Count;
        var stamp = new Stamp(DateTimeOffset.UnixEpoch.AddSeconds(n), n.ToString("d8", System.Globalization.CultureInfo.InvariantCulture));
        _all.Add((logged, stamp));
        return stamp;
    }

    public void Erase(string personId)
    {
        _all.RemoveAll(l => l.Logged.PersonId == personId);
        _kept.Remove(personId);
    }

    /// <summary>Replaces what is kept of a person by <paramref name="layer"/>.</summary>
    public void Spoil(string personId, byte[] layer) => _kept[personId] = (layer, _kept[personId].Latest);

    public Task<byte[]?> KeptLayerOfAsync(string personId, CancellationToken cancel) =>
        Task.FromResult(_kept.TryGetValue(personId, out var kept) ? kept.Layer : null);

    public void Keep(string personId, byte[] layer, Stamp latest)
    {
        Keeps++;
        if (Keeping) _kept[personId] = (layer, latest);
    }

    public Task<IReadOnlyList<PersonalOutcome>> OutcomesOfAsync(string personId, DateTimeOffset? from, Predicate<Stamp> held, CancellationToken cancel)
    {
        Asked.Add(personId);
        Reads.Add((personId, from, _kept.ContainsKey(personId)));
        PersonalOutcome[] read =
        [
            .. _all.Where(l => l.Logged.PersonId == personId && (from is null || l.Stamp.At >= from) && !held(l.Stamp))
                .Select(l => new PersonalOutcome(l.Logged.Assessment, l.Logged.Routine, l.Logged.Outcome, l.Stamp)),
        ];
        WhileReading?.Invoke(personId);
        return Task.FromResult<IReadOnlyList<PersonalOutcome>>(read);
    }
}
