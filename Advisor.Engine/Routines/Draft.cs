using Advisor.Engine.Catalog;
using Advisor.Engine.Facts;

namespace Advisor.Engine.Routines;

/// <summary>An exercise the rules proposed, with its chosen phase, its dose and how important it is to keep (G41).</summary>
/// <param name="Exercise">The catalog entry.</param>
/// <param name="Proposal">The proposal that sets its phase and rank: the earliest phase, then the lowest rank.</param>
/// <param name="Proposals">Every proposal of it, in the agenda's order, for its reasons.</param>
/// <param name="Dose">Its dose, after the rules' adjustments and the fit.</param>
/// <param name="Severity">The most severe pain point it serves, 0 when none.</param>
/// <param name="Reported">How many of the muscles the person named (inactive, tight or weak) it serves: the muscle it targets, and the inactive one that muscle holds back when it is a tight antagonist.</param>
/// <param name="Implied">It targets a muscle the guidance implied, such as the tight antagonist of a reported inactive one.</param>
/// <param name="Named">How many of the muscles the person named it targets itself, not through the antagonist it releases.</param>
internal sealed record Draft(Exercise Exercise, Candidate Proposal, IReadOnlyList<Candidate> Proposals, ItemDose Dose, int Severity, int Reported, bool Implied, int Named = 0)
{
    public string Id => Exercise.Id;

    public RoutinePhase Phase => Proposal.Phase;

    /// <summary>The proposal's rank; a personalized order hands the phase's ranks out again in its own order.</summary>
    public int Rank { get; init; } = Proposal.Rank;

    /// <summary>True when a rule proposed it as first-line (<see cref="Line"/>) for any of its targets: a ranker keeps it in its place.</summary>
    public bool FirstLine => Proposals.Any(c => c.Line == Line.FirstLine);

    /// <summary>The session's opening core bracing (warm-up rank 0, G11).</summary>
    public bool IsOpener => Phase == RoutinePhase.WarmUp && Rank == 0;

    /// <summary>
    /// Keep first (G41): the opener, then what serves the most severe pain point, then what the
    /// guidance names first-line (a chain's own steps before its "help too" ones), then what works on
    /// more of what the person reported (for quiet glutes and tight inner thighs, the inner-thigh
    /// releases before the Back Lift), then what works on a named muscle itself rather than on an
    /// antagonist the guidance implied (G14's Gluteal Release before G12's Iliopsoas Release), then what more of the guidance asks for (Hip Rotation, a
    /// release of tight hip flexors and a recovery day's mobility, G12, G36), then what the
    /// guidance implied, then the rest; within each, by rank before phase, so a short routine gets
    /// the first release and the first activation rather than every release and no activation.
    /// </summary>
    public (int, int, int, int, int, int, int, int, int) Importance => (IsOpener ? 0 : 1, -Severity, FirstLine ? 0 : 1, -Reported, -Named, -Proposals.Count, Implied ? 0 : 1, Rank, (int)Phase);
}
