namespace Advisor.Engine.Personalization;

/// <summary>
/// A diagonal Gaussian posterior over a block of weights laid out as a grid: each weight has a mean
/// and a variance, starting at zero and the prior variance, and is independent of the others.
/// An item activates the weights crossing some rows with some columns.
/// </summary>
internal sealed class Weights
{
    private readonly double[] _mean;
    private readonly double[] _variance;
    private readonly int _columns;

    public Weights(int rows, int columns, double priorVariance)
    {
        _columns = columns;
        _mean = new double[rows * columns];
        _variance = new double[rows * columns];
        Array.Fill(_variance, priorVariance);
    }

    /// <summary>Outcomes of items this model has learned from.</summary>
    public long Observations { get; private set; }

    /// <summary>True once the model has learned from an outcome.</summary>
    public bool HasData => Observations > 0;

    /// <summary>Adds the means and variances of the weights crossing <paramref name="rows"/> with <paramref name="columns"/>.</summary>
    public void Add(ReadOnlySpan<int> rows, ReadOnlySpan<int> columns, ref double mean, ref double variance)
    {
        foreach (int row in rows)
        {
            int offset = row * _columns;
            foreach (int column in columns)
            {
                mean += _mean[offset + column];
                variance += _variance[offset + column];
            }
        }
    }

    /// <summary>
    /// Moves each weight toward explaining <paramref name="residual"/> by its share of the predictive
    /// variance <paramref name="total"/>, and shrinks its variance: the exact marginal update of
    /// Bayesian linear regression for one observation, with the correlations it would create dropped
    /// (assumed density filtering), so an update touches only the active weights.
    /// </summary>
    public void Update(ReadOnlySpan<int> rows, ReadOnlySpan<int> columns, double residual, double total)
    {
        foreach (int row in rows)
        {
            int offset = row * _columns;
            foreach (int column in columns)
            {
                double variance = _variance[offset + column];
                double gain = variance / total;
                _mean[offset + column] += gain * residual;
                _variance[offset + column] = variance * (1 - gain);
            }
        }

        Observations++;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Observations);
        writer.Write(_mean.Length);
        Doubles.Write(writer, _mean);
        Doubles.Write(writer, _variance);
    }

    public void Read(BinaryReader reader)
    {
        long observations = reader.ReadInt64();
        if (reader.ReadInt32() != _mean.Length) throw new InvalidDataException("The saved weights have another shape.");
        Doubles.Read(reader, _mean);
        Doubles.Read(reader, _variance);
        Observations = observations;
    }
}
