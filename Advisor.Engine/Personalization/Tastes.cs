namespace Advisor.Engine.Personalization;

/// <summary>
/// A person's tastes: weights on exercise traits (floor or seated, kind, regions, equipment,
/// duration) with a full Gaussian posterior, so that evidence about traits that always come
/// together (every desk movement is seated) narrows their sum as quickly as exact Bayesian linear
/// regression does. An update is a rank-one (Sherman–Morrison) step over the traits the person has
/// met so far; the others keep their prior and no covariance, so they need no work.
/// <para>
/// Only the traits met so far hold a covariance, in the order they were met: a traits × traits
/// matrix for everyone would be most of a person's memory while most people meet a part of the
/// traits. The arithmetic is the same, term for term, as over the full matrix.
/// </para>
/// </summary>
internal sealed class Tastes
{
    private readonly int _size;
    private readonly double _priorVariance;
    private readonly double[] _mean;
    // Where each trait stands among the met ones, or -1; the covariance of the met is _met.Count squared.
    private readonly sbyte[] _position;
    private readonly List<int> _met = [];
    private double[] _covariance = [];

    public Tastes(int size, double priorVariance)
    {
        if (size > sbyte.MaxValue) throw new ArgumentOutOfRangeException(nameof(size), size, "There are more traits than a person's tastes can index.");
        _size = size;
        _priorVariance = priorVariance;
        _mean = new double[size];
        _position = new sbyte[size];
        Array.Fill(_position, (sbyte)-1);
    }

    /// <summary>Adds the mean and the variance of the sum of the weights of <paramref name="traits"/>.</summary>
    public void Add(ReadOnlySpan<int> traits, ref double mean, ref double variance)
    {
        int met = _met.Count;
        foreach (int i in traits)
        {
            mean += _mean[i];
            int row = _position[i];
            foreach (int j in traits) variance += row < 0 || _position[j] < 0 ? (i == j ? _priorVariance : 0) : _covariance[row * met + _position[j]];
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
            if (_position[t] < 0) Meet(t);
        }

        // Only traits met so far have covariance with the observed ones, so only they move.
        int met = _met.Count;
        Span<double> column = stackalloc double[met];
        for (int r = 0; r < met; r++)
        {
            int row = r * met;
            double sum = 0;
            foreach (int j in traits) sum += _covariance[row + _position[j]];
            column[r] = sum;
        }

        for (int r = 0; r < met; r++)
        {
            double scaled = column[r] / total;
            if (scaled == 0) continue;
            _mean[_met[r]] += scaled * residual;
            int row = r * met;
            for (int c = 0; c < met; c++) _covariance[row + c] -= scaled * column[c];
        }
    }

    /// <summary>Writes the met traits alone, their means and covariance: the others hold their prior, which needs no saving.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_size);
        writer.Write(_met.Count);
        foreach (int t in _met) writer.Write(t);
        foreach (int t in _met) writer.Write(_mean[t]);
        Doubles.Write(writer, _covariance);
    }

    public void Read(BinaryReader reader)
    {
        if (reader.ReadInt32() != _size) throw new InvalidDataException("The saved tastes have another shape.");
        int met = reader.ReadInt32();
        if (met < 0 || met > _size) throw new InvalidDataException("The saved tastes met more traits than there are.");
        for (int n = 0; n < met; n++)
        {
            int t = reader.ReadInt32();
            if (t < 0 || t >= _size || _position[t] >= 0) throw new InvalidDataException("The saved tastes name a trait twice or one that does not exist.");
            _position[t] = (sbyte)n;
            _met.Add(t);
        }

        foreach (int t in _met) _mean[t] = reader.ReadDouble();
        _covariance = new double[met * met];
        Doubles.Read(reader, _covariance);
    }

    // A trait met for the first time joins the met ones with its prior variance and no covariance, as it stood.
    private void Meet(int trait)
    {
        int met = _met.Count, grown = met + 1;
        var covariance = new double[grown * grown];
        for (int r = 0; r < met; r++) Array.Copy(_covariance, r * met, covariance, r * grown, met);
        covariance[met * grown + met] = _priorVariance;
        _covariance = covariance;
        _position[trait] = (sbyte)met;
        _met.Add(trait);
    }
}
