namespace Advisor.Engine.Personalization;

/// <summary>
/// The posterior of one phase's candidate scores, to draw from: each candidate's score is drawn
/// from its own marginal posterior, a normal whose mean and variance sum those of its weights (the
/// shared ones, the person's tastes on its traits with their covariances, its offset), the
/// spread scaled by <see cref="RankerOptions.Exploration"/>. Candidates are drawn independently of
/// one another: drawing them jointly (through the tastes they share) cost twice the time and made
/// no difference the simulation could measure.
/// </summary>
internal sealed class ScoreDraws
{
    private readonly double[] _mean;
    private readonly double[] _spread;

    /// <param name="mean">Each candidate's posterior mean.</param>
    /// <param name="variance">Each candidate's posterior variance.</param>
    /// <param name="exploration">Scales every standard deviation.</param>
    public ScoreDraws(double[] mean, double[] variance, double exploration)
    {
        _mean = mean;
        _spread = variance.Select(v => exploration * Math.Sqrt(Math.Max(v, 0))).ToArray();
        IsCertain = _spread.All(s => s == 0);
    }

    /// <summary>Nothing to draw: every draw is the mean.</summary>
    public bool IsCertain { get; }

    /// <summary>The posterior means.</summary>
    public ReadOnlySpan<double> Mean => _mean;

    /// <summary>Writes one draw of every candidate's score into <paramref name="scores"/>, from as many standard normal numbers.</summary>
    public void Fill(ReadOnlySpan<double> noise, Span<double> scores)
    {
        for (int i = 0; i < _mean.Length; i++) scores[i] = _mean[i] + _spread[i] * noise[i];
    }
}
