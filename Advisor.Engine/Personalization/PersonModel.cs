namespace Advisor.Engine.Personalization;

/// <summary>
/// One person's adjustment to the shared model (weights on exercise features, alone and with the
/// setting) and their evidence per exercise. A newcomer has none, so the shared model decides for
/// them; a regular's own weights grow to explain what the shared model does not.
/// </summary>
internal sealed class PersonModel(int exerciseFeatures, double priorVariance)
{
    private readonly Dictionary<int, ExerciseLog> _logs = [];

    public Weights Weights { get; } = new(AssessmentFeatures.PersonalCount, exerciseFeatures, priorVariance);

    /// <summary>The person's evidence about the exercise at catalog index <paramref name="exercise"/>, or null.</summary>
    public ExerciseLog? LogOf(int exercise) => _logs.GetValueOrDefault(exercise);

    public ExerciseLog LogFor(int exercise)
    {
        if (!_logs.TryGetValue(exercise, out ExerciseLog? log)) _logs[exercise] = log = new ExerciseLog();
        return log;
    }

    /// <summary>True when both hold exactly the same weights and evidence.</summary>
    public bool SameAs(PersonModel other) =>
        Weights.SameAs(other.Weights) && _logs.Count == other._logs.Count
        && _logs.All(l => other._logs.TryGetValue(l.Key, out ExerciseLog? o) && l.Value.SameAs(o));
}
