namespace Advisor.Engine.Personalization;

/// <summary>
/// A person's tastes: weights on exercise traits (floor or seated, kind, regions, equipment,
/// duration) with a full Gaussian posterior, so that evidence about traits that always come
/// together (every desk movement is seated) narrows their sum as quickly as exact Bayesian linear
/// regression does. An update is a rank-one (Sherman–Morrison) step over the traits the person has
/// met so far; the others keep their prior and no covariance, so they need no work.
/// </summary>
internal sealed class Tastes
{
    private readonly int _size;
    private readonly double[] _mean;
    private readonly double[] _covariance;
    private readonly double[] _column;
    private readonly bool[] _met;
    private readonly List<int> _metInOrder = [];

    public Tastes(int size, double priorVariance)
    {
        _size = size;
        _mean = new double[size];
        _covariance = new double[size * size];
        _column = new double[size];
        _met = new bool[size];
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
        foreach (int t in traits)
        {
            if (_met[t]) continue;
            _met[t] = true;
            _metInOrder.Add(t);
        }

        // Only traits met so far have covariance with the observed ones, so only they move.
        foreach (int r in _metInOrder)
        {
            int row = r * _size;
            double sum = 0;
            foreach (int j in traits) sum += _covariance[row + j];
            _column[r] = sum;
        }

        foreach (int r in _metInOrder)
        {
            double scaled = _column[r] / total;
            if (scaled == 0) continue;
            _mean[r] += scaled * residual;
            int row = r * _size;
            foreach (int c in _metInOrder) _covariance[row + c] -= scaled * _column[c];
        }
    }

    /// <summary>True when both hold exactly the same numbers, bit for bit.</summary>
    public bool SameAs(Tastes other) => _mean.AsSpan().SequenceEqual(other._mean) && _covariance.AsSpan().SequenceEqual(other._covariance);

    public void Write(BinaryWriter writer)
    {
        writer.Write(_size);
        Doubles.Write(writer, _mean);
        Doubles.Write(writer, _covariance);
        writer.Write(_metInOrder.Count);
        foreach (int t in _metInOrder) writer.Write(t);
    }

    public void Read(BinaryReader reader)
    {
        if (reader.ReadInt32() != _size) throw new InvalidDataException("The saved tastes have another shape.");
        Doubles.Read(reader, _mean);
        Doubles.Read(reader, _covariance);
        for (int n = reader.ReadInt32(); n > 0; n--)
        {
            int t = reader.ReadInt32();
            if (t < 0 || t >= _size || _met[t]) throw new InvalidDataException("The saved tastes name a trait twice or one that does not exist.");
            _met[t] = true;
            _metInOrder.Add(t);
        }
    }
}
