using Microsoft.ML.Data;

namespace Advisor.Engine.Personalization.Population;

/// <summary>One (context, exercise) row for ML.NET: sparse one-hot features, and the reward when training.</summary>
internal sealed class PopulationRow
{
    public VBuffer<float> Features { get; set; }

    public float Label { get; set; }
}

/// <summary>What the model predicts for a row.</summary>
internal sealed class PopulationPrediction
{
    public float Score { get; set; }
}
