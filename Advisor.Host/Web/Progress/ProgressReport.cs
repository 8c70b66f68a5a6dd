using Advisor.Engine.Documents;
using Advisor.Engine.Progress;

namespace Advisor.Host.Web.Progress;

/// <summary>
/// A person's progress as the API writes it: how pain, stiffness, energy and focus moved over their
/// logged routines, and how often they did them. The engine measures it (<see cref="PersonProgress"/>);
/// this is its contract shape, regions keyed by their kebab-case names.
/// </summary>
public sealed record ProgressReport(
    int Routines,
    int Outcomes,
    int Done,
    double Adherence,
    double Completion,
    IReadOnlyList<ProgressEntry> Entries,
    IReadOnlyDictionary<string, IReadOnlyList<ProgressReport.PainReading>> Pain)
{
    /// <summary>One region's pain around one logged routine.</summary>
    public sealed record PainReading(DateTimeOffset At, int? Before, int? After);

    /// <summary>The report of what the engine measured.</summary>
    public static ProgressReport Of(PersonProgress progress) => new(
        progress.Routines,
        progress.Outcomes,
        progress.Done,
        progress.Adherence,
        progress.Completion,
        progress.Entries.Select(ProgressEntry.Of).ToArray(),
        // Built in the engine's region order, which is the order the object's members are written in.
        progress.Pain.ToDictionary(
            s => Kebab.Name(s.Region),
            s => (IReadOnlyList<PainReading>)s.Readings.Select(r => new PainReading(r.At, r.Before, r.After)).ToArray()));
}
