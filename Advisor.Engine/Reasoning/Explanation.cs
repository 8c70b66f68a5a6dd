namespace Advisor.Engine.Reasoning;

/// <summary>Walks justifications back from a conclusion to the facts the caller gave: the person's answers and history.</summary>
public static class Explanation
{
    /// <summary>The given facts <paramref name="fact"/> rests on, each once, nearest first; the fact itself when it was given (and also concluded).</summary>
    public static IReadOnlyList<object> GivensOf(this IConclusions conclusions, object fact)
    {
        var givens = new List<object>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(conclusions, fact, givens, seen);
        return givens;
    }

    private static void Walk(IConclusions conclusions, object fact, List<object> givens, HashSet<object> seen)
    {
        if (!seen.Add(fact)) return;
        // A reported tight muscle may also be implied by an inactive one: it is an answer and a conclusion.
        if (conclusions.IsGiven(fact)) givens.Add(fact);
        foreach (Justification justification in conclusions.JustificationsOf(fact).OrderBy(j => j.Rule.Precedence))
        {
            foreach (object premise in justification.Premises) Walk(conclusions, premise, givens, seen);
        }
    }
}
