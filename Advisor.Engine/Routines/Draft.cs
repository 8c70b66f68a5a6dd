using Advisor.Engine.Catalog;
using Advisor.Engine.Facts;

namespace Advisor.Engine.Routines;

/// <summary>An exercise the rules proposed, with its chosen phase, its dose and how important it is to keep (G41).</summary>
internal sealed record Draft(Exercise Exercise, Candidate Proposal, IReadOnlyList<Candidate> Proposals, ItemDose Dose, int Severity)
{
    public string Id => Exercise.Id;

    public RoutinePhase Phase => Proposal.Phase;

    /// <summary>The proposal's rank; a personalized order hands the phase's ranks out again in its own order.</summary>
    public int Rank { get; init; } = Proposal.Rank;

    /// <summary>True when a rule proposed it as first-line (<see cref="Line"/>) for any of its targets: a ranker keeps it in its place.</summary>
    public bool FirstLine => Proposals.Any(c => c.Line == Line.FirstLine);

    /// <summary>
    /// Keep first: the session's opening core bracing (warm-up rank 0, G11), then what serves the most severe pain point (G41), then by
    /// rank before phase, so a short routine gets the first release and the first activation
    /// rather than every release and no activation.
    /// </summary>
    public (int, int, int, int) Importance => (Phase == RoutinePhase.WarmUp && Rank == 0 ? 0 : 1, -Severity, Rank, (int)Phase);
}
