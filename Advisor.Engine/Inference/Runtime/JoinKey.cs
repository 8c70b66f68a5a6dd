namespace Advisor.Engine.Inference.Runtime;

/// <summary>
/// A join test of the form <c>own == probe</c>, where <c>own</c> reads only the pattern's fact and
/// <c>probe</c> only earlier variables, as in <c>e =&gt; e.Id == candidate.ExerciseId</c>. A session
/// hashes the pattern's alpha memory by <see cref="Own"/> and looks up <see cref="Probe"/>, instead of
/// testing every fact; the test itself still runs on the facts found.
/// </summary>
internal sealed record JoinKey(Func<object, object?> Own, Func<object?[], object?> Probe)
{
    /// <summary>Stands for null in the hash, where lifted equality makes null equal null.</summary>
    public static readonly object Null = new();
}
