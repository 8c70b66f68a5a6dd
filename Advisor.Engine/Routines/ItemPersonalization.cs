namespace Advisor.Engine.Routines;

/// <summary>
/// How the ranker placed one served item, logged with the routine so that other ordering policies
/// can be evaluated offline (see <see cref="Personalization.OffPolicyEstimate"/>).
/// </summary>
public sealed record ItemPersonalization
{
    /// <summary>
    /// The probability that the ranker, at serving time, puts this exercise at <see cref="Place"/>
    /// among its phase's ranked candidates (before the routine was fitted to the minutes). Under
    /// Thompson sampling this is the share of <see cref="Personalization.RankerOptions.Draws"/> independent draws
    /// from the model's posterior (the draw that was served and fresh ones) whose order puts the
    /// exercise at that place: a Monte Carlo estimate, never below 1 / Draws. It is exactly 1 when
    /// no candidate of the phase has any uncertainty, as when the ranker has no data.
    /// </summary>
    public required double Probability { get; init; }

    /// <summary>Where the ranker put the exercise among its phase's candidates, counting from 1.</summary>
    public required int Place { get; init; }

    /// <summary>Where the rules' own order puts it among the same candidates, counting from 1.</summary>
    public required int RulesPlace { get; init; }

    /// <summary>The reward (0 to 1, see <see cref="Personalization.OutcomeReward"/>) the model expects for the exercise here: its posterior mean.</summary>
    public required double Score { get; init; }
}
