namespace Advisor.Engine.Personalization;

/// <summary>
/// A person's tastes: weights on exercise traits (floor or seated, kind, regions, equipment,
/// duration) with a full Gaussian posterior, so that evidence about traits that always come
/// together (every desk movement is seated) narrows their sum as quickly as exact Bayesian linear
/// regression does. An update is a rank-one (Sherman–Morrison) step; traits number about thirty.
/// </summary>
internal sealed class Tastes
{
    private readonly int _size;
    private readonly double[] _mean;
    private readonly double[] _covariance;
    private readonly double[] _column;

    public Tastes(int size, double priorVariance)
    {
        _size = size;
        _mean = new double[size];
        _covariance = new double[size * size];
        _column = new double[size];
        for (int i = 0; i < size; i++) _covariance[i * size + i] = priorVariance;
    }

    /// <summary>Adds the mean and the variance of the sum of the weights of <paramref name="traits"/>.</summary>
    public void Add(ReadOnlySpan<int> traits, ref double mean, ref double variance)
    {
        foreach (int i in traits)
        {
            mean += _mean[i];
            int row = i * _size;
            foreach (int j in traits) variance += _covariance[row + j];
        }
    }

    /// <summary>
    /// Conditions on one observation whose residual is <paramref name="residual"/> and whose
    /// predictive variance is <paramref name="total"/>: mean += Σx·r/S, Σ −= (Σx)(Σx)ᵀ/S.
    /// </summary>
    public void Update(ReadOnlySpan<int> traits, double residual, double total)
    {
        for (int r = 0; r < _size; r++)
        {
            int row = r * _size;
            double sum = 0;
            foreach (int j in traits) sum += _covariance[row + j];
            _column[r] = sum;
        }

        for (int r = 0; r < _size; r++)
        {
            double scaled = _column[r] / total;
            if (scaled == 0) continue;
            _mean[r] += scaled * residual;
            int row = r * _size;
            for (int c = 0; c < _size; c++) _covariance[row + c] -= scaled * _column[c];
        }
    }

    /// <summary>
    /// The lower-triangular Cholesky factor L (row-major) of the covariance of <paramref name="traits"/>,
    /// times <paramref name="scale"/>: Σ = L·Lᵀ. Rounding can leave a direction with no variance;
    /// it then gets none rather than failing.
    /// </summary>
    public double[] Factor(IReadOnlyList<int> traits, double scale)
    {
        int k = traits.Count;
        var factor = new double[k * k];
        for (int i = 0; i < k; i++)
        {
            int row = traits[i] * _size;
            for (int j = 0; j <= i; j++)
            {
                double sum = _covariance[row + traits[j]];
                for (int p = 0; p < j; p++) sum -= factor[i * k + p] * factor[j * k + p];
                if (i == j) factor[i * k + i] = sum > 0 ? Math.Sqrt(sum) : 0;
                else factor[i * k + j] = factor[j * k + j] > 0 ? sum / factor[j * k + j] : 0;
            }
        }

        for (int i = 0; i < factor.Length; i++) factor[i] *= scale;
        return factor;
    }

    /// <summary>The posterior mean of the weights of <paramref name="traits"/>, summed.</summary>
    public double Mean(ReadOnlySpan<int> traits)
    {
        double mean = 0;
        foreach (int t in traits) mean += _mean[t];
        return mean;
    }

    /// <summary>True when both hold exactly the same numbers, bit for bit.</summary>
    public bool SameAs(Tastes other) => _mean.AsSpan().SequenceEqual(other._mean) && _covariance.AsSpan().SequenceEqual(other._covariance);
}
