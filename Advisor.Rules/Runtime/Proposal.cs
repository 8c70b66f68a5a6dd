namespace Advisor.Rules.Runtime;

/// <summary>
/// What a rule proposes: an exercise for a phase of the routine at a rank, and optionally the
/// muscle it works on, the pain region it serves and the decision-table row it came from. Built
/// fluently because a rule's action is an expression tree, which cannot hold named arguments.
/// </summary>
/// <param name="ExerciseId">The contract's exercise id.</param>
/// <param name="Phase">The routine phase it is proposed for.</param>
/// <param name="Rank">Its order within the phase (lower first); see <see cref="Ranks"/>.</param>
public sealed record Proposal(string ExerciseId, RoutinePhase Phase, int Rank)
{
    /// <summary>The muscle it works on (G17 reads it), if any.</summary>
    public Muscle? Target { get; private init; }

    /// <summary>The pain region it answers (G41 keeps it before what serves no pain), if any.</summary>
    public Region? Serves { get; private init; }

    /// <summary>Whether the guidance names it first-line (a ranker keeps it) or interchangeable (a ranker may choose among them); interchangeable unless a rule marks it.</summary>
    public Line Line { get; private init; } = Line.Interchangeable;

    /// <summary>The decision-table row it comes from, whose guideline ids it then cites.</summary>
    public IGuidelineRow? Row { get; private init; }

    /// <summary>An exercise for <paramref name="phase"/> at <paramref name="rank"/>.</summary>
    public static Proposal Of(string exerciseId, RoutinePhase phase, int rank) => new(exerciseId, phase, rank);

    /// <summary>The same proposal, working on <paramref name="muscle"/>.</summary>
    public Proposal Targeting(Muscle? muscle) => this with { Target = muscle };

    /// <summary>The same proposal, answering pain in <paramref name="region"/>.</summary>
    public Proposal Serving(Region? region) => this with { Serves = region };

    /// <summary>The same proposal, marked first-line or interchangeable.</summary>
    public Proposal Marked(Line line) => this with { Line = line };

    /// <summary>The same proposal, from a decision-table row.</summary>
    public Proposal From(IGuidelineRow row) => this with { Row = row };
}
