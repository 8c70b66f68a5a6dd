namespace Advisor.Engine.Personalization;

/// <summary>
/// One person's adjustment to the shared model: their tastes (weights on exercise traits, with a
/// full covariance) and an offset per exercise (independent), plus their evidence per exercise for
/// explanations. A newcomer has none, so the shared model decides for them; a regular's own
/// weights grow to explain what the shared model does not.
/// </summary>
internal sealed class PersonModel(int exercises, int traits, RankerOptions options)
{
    private readonly Dictionary<int, ExerciseLog> _logs = [];

    public Tastes Tastes { get; } = new(traits, options.TastePriorVariance);

    /// <summary>One weight per exercise: what this person gets from it beyond their tastes.</summary>
    public Weights Offsets { get; } = new(1, exercises, options.OffsetPriorVariance);

    /// <summary>True once the person has an outcome.</summary>
    public bool HasData => Offsets.HasData;

    /// <summary>Which of the person's outcomes this layer has learned.</summary>
    public HeldOutcomes Held { get; } = new();

    /// <summary>True when the layer learned something since it was last kept or read back: only then is it worth keeping again.</summary>
    public bool Changed { get; set; }

    /// <summary>The person's evidence about the exercise at catalog index <paramref name="exercise"/>, or null.</summary>
    public ExerciseLog? LogOf(int exercise) => _logs.GetValueOrDefault(exercise);

    public ExerciseLog LogFor(int exercise)
    {
        if (!_logs.TryGetValue(exercise, out ExerciseLog? log)) _logs[exercise] = log = new ExerciseLog();
        return log;
    }

    public void Write(BinaryWriter writer)
    {
        Held.Write(writer);
        Tastes.Write(writer);
        Offsets.Write(writer);
        writer.Write(_logs.Count);
        foreach ((int exercise, ExerciseLog log) in _logs.OrderBy(l => l.Key))
        {
            writer.Write(exercise);
            log.Write(writer);
        }
    }

    public void Read(BinaryReader reader)
    {
        Held.Read(reader);
        Tastes.Read(reader);
        Offsets.Read(reader);
        for (int n = reader.ReadInt32(); n > 0; n--)
        {
            int exercise = reader.ReadInt32();
            if (exercise < 0 || exercise >= exercises) throw new InvalidDataException("The saved evidence names an exercise the catalog does not have.");
            LogFor(exercise).Read(reader);
        }
    }
}
