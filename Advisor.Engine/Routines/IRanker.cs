using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;

namespace Advisor.Engine.Routines;

/// <summary>
/// Orders each phase's rule-approved candidates for one person, and learns from logged outcomes.
/// A ranker is bounded by the rules: it sees only the candidates the rules approved for a phase,
/// in the rules' order, with the pairs whose order the rules fix, and it answers with a
/// permutation of them. It cannot add, drop or move an exercise to another phase; the routine
/// builder keeps referrals, range, dose, equipment and the fit to the minutes as the rules decided.
/// </summary>
public interface IRanker
{
    /// <summary>False when personalization is switched off: the recommender then ignores the ranker and the rules' order decides, exactly as without one.</summary>
    bool Enabled { get; }

    /// <summary>Orders one phase's candidates. Must return a permutation that keeps every pair in <see cref="RankingRequest.Fixed"/> in order.</summary>
    PhaseRanking Rank(RankingRequest request);

    /// <summary>
    /// Learns from one logged outcome of a served routine, in memory. Replaying the same calls in the
    /// same order into a fresh ranker reproduces the same model exactly, so a host rebuilds by
    /// replaying its stored (assessment, routine, outcome) records in logged order.
    /// </summary>
    /// <param name="personId">Whose outcome it is.</param>
    /// <param name="assessment">The assessment the routine was made for.</param>
    /// <param name="served">The routine as served.</param>
    /// <param name="outcome">How it went.</param>
    /// <param name="logged">
    /// When the outcome was logged, and its id, where it is stored: what lets a personal layer dropped
    /// from memory be kept and read back with only the outcomes logged after it.
    /// </param>
    void Learn(string personId, Assessment assessment, Routine served, Outcome outcome, Stamp? logged = null);
}
