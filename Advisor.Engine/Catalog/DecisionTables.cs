using System.Collections.Frozen;
using Advisor.Engine.Assessments;

namespace Advisor.Engine.Catalog;

/// <summary>
/// The decision tables the guidance implies, keyed for the rules that read them. They are the same
/// for everyone, so rules look them up rather than matching them as facts of every session; each
/// list keeps the table's order.
/// </summary>
public sealed class DecisionTables
{
    private readonly FrozenDictionary<Muscle, ReleaseStep[]> _releases;
    private readonly FrozenDictionary<Muscle, ActivationStep[]> _activations;
    private readonly FrozenDictionary<Muscle, IntegrationStep[]> _integrations;
    private readonly FrozenDictionary<Muscle, StrengtheningStep[]> _strengthening;
    private readonly FrozenDictionary<Region, DeskStep[]> _desk;
    private readonly Antagonist[] _antagonists;

    internal DecisionTables(IReadOnlyList<object> rows)
    {
        _releases = ByKey(rows.OfType<ReleaseStep>(), r => r.Muscle, r => r.Order);
        _activations = ByKey(rows.OfType<ActivationStep>(), r => r.Muscle, r => r.Order);
        _integrations = ByKey(rows.OfType<IntegrationStep>(), r => r.Muscle, r => r.Order);
        _strengthening = ByKey(rows.OfType<StrengtheningStep>(), r => r.Muscle, r => r.Order);
        _desk = ByKey(rows.OfType<DeskStep>(), r => r.Region, r => r.Order);
        _antagonists = rows.OfType<Antagonist>().ToArray();
        Workday = rows.OfType<ScheduleStep>().OrderBy(s => s.When).ThenBy(s => s.Order).ToArray();
    }

    /// <summary>The exercises that release a tight <paramref name="muscle"/>, in order (data/releases.csv).</summary>
    public IReadOnlyList<ReleaseStep> ReleasesOf(Muscle muscle) => _releases.GetValueOrDefault(muscle, []);

    /// <summary>The exercises that activate an inactive <paramref name="muscle"/>, in order (data/activations.csv).</summary>
    public IReadOnlyList<ActivationStep> ActivationsOf(Muscle muscle) => _activations.GetValueOrDefault(muscle, []);

    /// <summary>The exercises that integrate a woken <paramref name="muscle"/>, in order (data/integrations.csv).</summary>
    public IReadOnlyList<IntegrationStep> IntegrationsOf(Muscle muscle) => _integrations.GetValueOrDefault(muscle, []);

    /// <summary>The exercises that strengthen a weak <paramref name="muscle"/>, in order (data/strengthening.csv).</summary>
    public IReadOnlyList<StrengtheningStep> StrengtheningOf(Muscle muscle) => _strengthening.GetValueOrDefault(muscle, []);

    /// <summary>The desk micro-movements for pain in <paramref name="region"/>, in order (data/desk-regions.csv).</summary>
    public IReadOnlyList<DeskStep> DeskStepsFor(Region region) => _desk.GetValueOrDefault(region, []);

    /// <summary>The WAKE chain from an inactive muscle to its tight antagonist, or null when the table has none (data/antagonists.csv).</summary>
    public Antagonist? Chain(Muscle inactive, Muscle tight) => Array.Find(_antagonists, a => a.Inactive == inactive && a.Tight == tight);

    /// <summary>The tight antagonists of an inactive <paramref name="muscle"/> (data/antagonists.csv).</summary>
    public IReadOnlyList<Antagonist> AntagonistsOf(Muscle muscle) => Array.FindAll(_antagonists, a => a.Inactive == muscle);

    /// <summary>The workday template, moment by moment (data/workday-schedule.csv).</summary>
    public IReadOnlyList<ScheduleStep> Workday { get; }

    private static FrozenDictionary<TKey, TRow[]> ByKey<TKey, TRow>(IEnumerable<TRow> rows, Func<TRow, TKey> key, Func<TRow, int> order)
        where TKey : notnull =>
        rows.GroupBy(key).ToFrozenDictionary(g => g.Key, g => g.OrderBy(order).ToArray());
}
