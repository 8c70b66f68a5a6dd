using System.Collections;

namespace Advisor.Engine.Outcomes;

/// <summary>Every exercise id there could be: what a stored outcome, checked when it was logged, is read against.</summary>
internal sealed class AnyExercise : IReadOnlySet<string>
{
    public static AnyExercise Instance { get; } = new();

    // The reader bounds a document's lists by the catalog's size; a stored one was bounded when it was logged.
    public int Count => int.MaxValue;

    public bool Contains(string item) => true;

    public IEnumerator<string> GetEnumerator() => throw new NotSupportedException("every exercise id cannot be listed");

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<string> other) => false;

    public bool IsProperSupersetOf(IEnumerable<string> other) => true;

    public bool IsSubsetOf(IEnumerable<string> other) => false;

    public bool IsSupersetOf(IEnumerable<string> other) => true;

    public bool Overlaps(IEnumerable<string> other) => other.Any();

    public bool SetEquals(IEnumerable<string> other) => false;
}
