namespace Advisor.Engine.Inference.Runtime;

/// <summary>
/// A fact with every way it was derived, down to the facts the caller inserted. A fact the caller
/// inserted is <see cref="IsGiven"/>, even when a rule derived it as well.
/// </summary>
public sealed record Explanation(object Fact, IReadOnlyList<Derivation> Derivations, bool Asserted = false)
{
    /// <summary>True when the caller inserted the fact, or no rule derived it.</summary>
    public bool IsGiven => Asserted || Derivations.Count == 0;

    /// <summary>The given facts this one rests on, each once, in the order first reached.</summary>
    public IEnumerable<object> Givens()
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Explanation>([this]);
        while (stack.TryPop(out Explanation? next))
        {
            if (next.IsGiven && seen.Add(next.Fact)) yield return next.Fact;

            foreach (Explanation premise in next.Derivations.SelectMany(d => d.Premises).Reverse())
            {
                stack.Push(premise);
            }
        }
    }
}
