namespace Advisor.Engine.Inference.Runtime;

/// <summary>
/// A fact with every way it was derived, down to the facts the caller inserted. A fact the caller
/// inserted and no rule derived is <see cref="IsGiven"/>.
/// </summary>
public sealed record Explanation(object Fact, IReadOnlyList<Derivation> Derivations)
{
    /// <summary>True when no rule derived the fact: it came from the caller.</summary>
    public bool IsGiven => Derivations.Count == 0;

    /// <summary>The given facts this one rests on, each once, in the order first reached.</summary>
    public IEnumerable<object> Givens()
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Explanation>([this]);
        while (stack.TryPop(out Explanation? next))
        {
            if (next.IsGiven)
            {
                if (seen.Add(next.Fact)) yield return next.Fact;
                continue;
            }

            foreach (Explanation premise in next.Derivations.SelectMany(d => d.Premises).Reverse())
            {
                stack.Push(premise);
            }
        }
    }
}
