using System.Collections.Concurrent;
using Advisor.Engine.Catalog;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Advisor.Engine.Personalization.Population;

/// <summary>
/// What worked for people like this one: an ML.NET regression of each served item's reward on the
/// assessment's features and the exercise's, trained from everyone's logged outcomes. Immutable once
/// trained; a newer model replaces it whole. Scores are cached per context, all the catalog's
/// exercises at once, because ML.NET's prediction costs microseconds per row and a ranking needs
/// one per candidate.
/// </summary>
public sealed class PopulationModel
{
    /// <summary>More cached contexts than this and the cache starts again, so memory stays bounded.</summary>
    private const int MaxCachedContexts = 50_000;

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly PopulationFeatures _features;
    private readonly SchemaDefinition _schema;
    private readonly Lock _engineGate = new();
    private readonly PredictionEngine<PopulationRow, PopulationPrediction> _engine;
    private readonly ConcurrentDictionary<ContextKey, float[]> _cache = new();

    private PopulationModel(MLContext ml, ITransformer model, PopulationFeatures features, PopulationTrainer trainer, long items)
    {
        _ml = ml;
        _model = model;
        _features = features;
        _schema = Schema(features.Length);
        Trainer = trainer;
        Items = items;
        _engine = ml.Model.CreatePredictionEngine<PopulationRow, PopulationPrediction>(model, inputSchemaDefinition: _schema);
    }

    /// <summary>The trainer it was fitted with.</summary>
    public PopulationTrainer Trainer { get; }

    /// <summary>How many served items it was trained on.</summary>
    public long Items { get; }

    /// <summary>The layout of its input, to tell whether a saved model fits this catalog.</summary>
    public string Layout => _features.Layout;

    /// <summary>Fits a model to <paramref name="items"/> over the exercises of <paramref name="catalog"/>.</summary>
    public static PopulationModel Train(ExerciseCatalog catalog, IReadOnlyList<LoggedItem> items, PopulationTrainer trainer = PopulationTrainer.LightGbm, int seed = 0) =>
        Train(new PopulationFeatures(new ExerciseFeatures(catalog)), items, trainer, seed);

    internal static PopulationModel Train(PopulationFeatures features, IReadOnlyList<LoggedItem> items, PopulationTrainer trainer, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfZero(items.Count);
        var ml = new MLContext(seed);
        IDataView data = ml.Data.LoadFromEnumerable(items.Select(i => Row(features, i.Context, i.Exercise, i.Reward)), Schema(features.Length));
        ITransformer model = Estimator(ml, trainer, seed).Fit(data);
        return new PopulationModel(ml, model, features, trainer, items.Count);
    }

    /// <summary>The expected reward (0 to 1) of the exercise at catalog index <paramref name="exercise"/> for an assessment with features <paramref name="context"/>.</summary>
    public double Score(int[] context, int exercise) => ScoresFor(context)[exercise];

    /// <summary>The expected reward of every catalog exercise in this context, computed once per context.</summary>
    internal float[] ScoresFor(int[] context)
    {
        var key = new ContextKey(context);
        if (_cache.TryGetValue(key, out float[]? scores)) return scores;
        scores = ScoresUncached(context);
        if (_cache.Count >= MaxCachedContexts) _cache.Clear();
        _cache[key] = scores;
        return scores;
    }

    /// <summary>Asks ML.NET for every catalog exercise in this context: what a context not seen before costs.</summary>
    internal float[] ScoresUncached(int[] context)
    {
        var scores = new float[_features.Exercises];
        // A prediction engine serves one caller at a time; contexts not seen before are rare next to cached ones.
        lock (_engineGate)
        {
            for (int exercise = 0; exercise < scores.Length; exercise++)
            {
                scores[exercise] = Math.Clamp(_engine.Predict(Row(_features, context, exercise, 0)).Score, 0f, 1f);
            }
        }

        return scores;
    }

    /// <summary>Predicts every item at once, for evaluation.</summary>
    public float[] Predict(IReadOnlyList<LoggedItem> items)
    {
        IDataView data = _ml.Data.LoadFromEnumerable(items.Select(i => Row(_features, i.Context, i.Exercise, i.Reward)), _schema);
        return _model.Transform(data).GetColumn<float>("Score").Select(s => Math.Clamp(s, 0f, 1f)).ToArray();
    }

    /// <summary>Writes ML.NET's model file.</summary>
    public void Save(Stream stream)
    {
        IDataView empty = _ml.Data.LoadFromEnumerable(Array.Empty<PopulationRow>(), _schema);
        _ml.Model.Save(_model, empty.Schema, stream);
    }

    /// <summary>Reads a model file written by <see cref="Save"/>; fails when it does not read or does not fit the features.</summary>
    public static PopulationModel Load(ExerciseCatalog catalog, Stream stream, PopulationTrainer trainer, long items) =>
        Load(new PopulationFeatures(new ExerciseFeatures(catalog)), stream, trainer, items);

    internal static PopulationModel Load(PopulationFeatures features, Stream stream, PopulationTrainer trainer, long items)
    {
        var ml = new MLContext(0);
        ITransformer model = ml.Model.Load(stream, out DataViewSchema schema);
        if (schema["Features"].Type is not VectorDataViewType { Size: var size } || size != features.Length)
            throw new InvalidDataException($"The model reads {schema["Features"].Type} features; this catalog needs {features.Length}.");
        return new PopulationModel(ml, model, features, trainer, items);
    }

    private static IEstimator<ITransformer> Estimator(MLContext ml, PopulationTrainer trainer, int seed) => trainer switch
    {
        // One thread, so that a model trained twice on the same data is the same model, and a
        // retrain in the background leaves the other core to requests.
        PopulationTrainer.LightGbm => ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
        {
            NumberOfIterations = 100,
            NumberOfLeaves = 24,
            MinimumExampleCountPerLeaf = 30,
            LearningRate = 0.1,
            NumberOfThreads = 1,
            Seed = seed,
            Silent = true,
        }),
        PopulationTrainer.FastTree => ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            NumberOfTrees = 100,
            NumberOfLeaves = 24,
            MinimumExampleCountPerLeaf = 30,
            LearningRate = 0.1,
            NumberOfThreads = 1,
        }),
        PopulationTrainer.Sdca => ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options { NumberOfThreads = 1, MaximumNumberOfIterations = 20 }),
        _ => throw new ArgumentOutOfRangeException(nameof(trainer), trainer, null),
    };

    private static SchemaDefinition Schema(int length)
    {
        SchemaDefinition schema = SchemaDefinition.Create(typeof(PopulationRow));
        schema[nameof(PopulationRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, length);
        return schema;
    }

    /// <summary>A sparse row: the context's features, the exercise's id and its traits, all ones.</summary>
    private static PopulationRow Row(PopulationFeatures features, ReadOnlySpan<int> context, int exercise, float reward)
    {
        int[] indices = features.Indices(context, exercise);
        var values = new float[indices.Length];
        Array.Fill(values, 1f);
        return new PopulationRow { Features = new VBuffer<float>(features.Length, indices.Length, values, indices), Label = reward };
    }
}
