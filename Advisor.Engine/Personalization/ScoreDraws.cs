namespace Advisor.Engine.Personalization;

/// <summary>
/// Draws the candidates' scores of one phase from the posterior. The shared weights and the
/// person's offsets are each an exercise's own, so they are drawn independently per candidate; the
/// person's tastes are drawn once per draw, as a vector, from their full covariance, so that
/// candidates sharing a trait (two standing exercises) rise and fall together as the posterior says.
/// <see cref="RankerOptions.Exploration"/> scales every spread.
/// </summary>
internal sealed class ScoreDraws
{
    private readonly double[] _mean;
    private readonly double[] _spread;
    private readonly int[][] _traitsAt;
    private readonly double[] _factor;
    private readonly double[] _tastes;

    /// <param name="mean">Each candidate's posterior mean.</param>
    /// <param name="spread">Each candidate's standard deviation from its own weights (shared, offset), already scaled.</param>
    /// <param name="traitsAt">Each candidate's traits, as positions among the drawn tastes.</param>
    /// <param name="factor">Lower-triangular factor (row-major) of the drawn tastes' covariance, already scaled; empty when the person has none.</param>
    public ScoreDraws(double[] mean, double[] spread, int[][] traitsAt, double[] factor)
    {
        _mean = mean;
        _spread = spread;
        _traitsAt = traitsAt;
        _factor = factor;
        Tastes = (int)Math.Round(Math.Sqrt(factor.Length));
        _tastes = new double[Tastes];
        IsCertain = spread.All(s => s == 0) && factor.All(f => f == 0);
    }

    /// <summary>Nothing to draw: every draw is the mean.</summary>
    public bool IsCertain { get; }

    /// <summary>Standard normal numbers one draw uses.</summary>
    public int NoisePerDraw => _mean.Length + Tastes;

    private int Tastes { get; }

    /// <summary>The posterior means.</summary>
    public ReadOnlySpan<double> Mean => _mean;

    /// <summary>Writes one draw of every candidate's score into <paramref name="scores"/>, from <see cref="NoisePerDraw"/> standard normal numbers.</summary>
    public void Fill(ReadOnlySpan<double> noise, Span<double> scores)
    {
        int count = _mean.Length, k = Tastes;
        ReadOnlySpan<double> z = noise[count..];
        for (int r = 0; r < k; r++)
        {
            double sum = 0;
            int row = r * k;
            for (int c = 0; c <= r; c++) sum += _factor[row + c] * z[c];
            _tastes[r] = sum;
        }

        for (int i = 0; i < count; i++)
        {
            double score = _mean[i] + _spread[i] * noise[i];
            foreach (int t in _traitsAt[i]) score += _tastes[t];
            scores[i] = score;
        }
    }
}
