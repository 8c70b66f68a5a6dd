using Advisor.Engine.Catalog;
using Advisor.Engine.Inference.Runtime;

namespace Advisor.Engine.Routines;

/// <summary>Walks explanations into the reasons an item cites (G42): the rule that concluded each fact first, then the rules upstream of it.</summary>
internal static class Reasons
{
    public static IReadOnlyList<Reason> Of(ISession session, IEnumerable<object> facts)
    {
        var reasons = new List<Reason>();
        var seen = new HashSet<string>();
        foreach (object fact in facts)
        {
            Collect(session.Explain(fact), reasons, seen);
        }

        return reasons;
    }

    /// <summary>A rule that read a decision-table row cites the row's guidelines, which are more precise than the rule's list.</summary>
    private static IReadOnlyList<string> Guidelines(Derivation derivation)
    {
        var rows = derivation.Premises.Select(p => p.Fact).OfType<IGuidelineRow>().SelectMany(r => r.Guidelines).Distinct().ToArray();
        return rows.Length > 0 ? rows : derivation.Rule.Guidelines;
    }

    private static void Collect(Explanation explanation, List<Reason> reasons, HashSet<string> seen)
    {
        foreach (Derivation derivation in explanation.Derivations)
        {
            if (seen.Add(derivation.Rule.Name)) reasons.Add(new Reason(derivation.Rule.Name, Guidelines(derivation)));
        }

        foreach (Explanation premise in explanation.Derivations.SelectMany(d => d.Premises))
        {
            Collect(premise, reasons, seen);
        }
    }
}
