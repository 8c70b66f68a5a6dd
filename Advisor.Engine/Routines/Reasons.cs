using Advisor.Engine.Reasoning;

namespace Advisor.Engine.Routines;

/// <summary>Walks justifications into the reasons an item cites (G42): the rules that concluded each fact first, then the rules upstream of them.</summary>
internal static class Reasons
{
    public static IReadOnlyList<Reason> Of(IConclusions conclusions, IEnumerable<object> facts)
    {
        var reasons = new List<Reason>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var walked = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (object fact in facts) Collect(conclusions, fact, reasons, seen, walked);
        return reasons;
    }

    private static void Collect(IConclusions conclusions, object fact, List<Reason> reasons, HashSet<string> seen, HashSet<object> walked)
    {
        if (!walked.Add(fact)) return;
        // In the agenda's rule order, never the order the firings happened in.
        Justification[] justifications = conclusions.JustificationsOf(fact)
            .OrderBy(j => j.Rule.Precedence).ThenBy(j => string.Join(",", j.Guidelines), StringComparer.Ordinal).ToArray();
        foreach (Justification justification in justifications)
        {
            if (seen.Add(justification.Rule.Name)) reasons.Add(new Reason(justification.Rule.Name, justification.Guidelines));
        }

        // A fact several firings concluded (one exclusion of an exercise proposed three ways) walks
        // its premises by the rules that concluded them, then by what they say.
        IEnumerable<object> premises = justifications.SelectMany(j => j.Premises).Distinct()
            .OrderBy(p => Precedence(conclusions, p)).ThenBy(p => p.ToString(), StringComparer.Ordinal);
        foreach (object premise in premises) Collect(conclusions, premise, reasons, seen, walked);
    }

    private static int Precedence(IConclusions conclusions, object fact) =>
        conclusions.JustificationsOf(fact).Select(j => j.Rule.Precedence).DefaultIfEmpty(int.MaxValue).Min();
}
