using Advisor.Engine.Reasoning;

namespace Advisor.Engine.Routines;

/// <summary>Walks justifications into the reasons an item cites (G42): the rules that concluded each fact first, then the rules upstream of them.</summary>
internal static class Reasons
{
    public static IReadOnlyList<Reason> Of(IConclusions conclusions, IEnumerable<object> facts)
    {
        var reasons = new List<Reason>(4);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var walked = new HashSet<object>();
        foreach (object fact in facts) Collect(conclusions, fact, reasons, seen, walked);
        return reasons;
    }

    private static void Collect(IConclusions conclusions, object fact, List<Reason> reasons, HashSet<string> seen, HashSet<object> walked)
    {
        if (!walked.Add(fact)) return;
        IReadOnlyList<Justification> justifications = conclusions.JustificationsOf(fact);
        if (justifications.Count == 0) return;
        if (justifications.Count == 1)
        {
            // One firing: its premises come in the order the rule's patterns bind them.
            Justification only = justifications[0];
            if (seen.Add(only.Rule.Name)) reasons.Add(new Reason(only.Rule.Name, only.Guidelines));
            foreach (object premise in only.Premises) Collect(conclusions, premise, reasons, seen, walked);
            return;
        }

        // Several firings (one exclusion of an exercise proposed three ways): in the agenda's rule
        // order, never the order they happened in, and their premises likewise.
        Justification[] ordered = [.. justifications.OrderBy(j => j.Rule.Precedence).ThenBy(j => string.Join(",", j.Guidelines), StringComparer.Ordinal)];
        foreach (Justification justification in ordered)
        {
            if (seen.Add(justification.Rule.Name)) reasons.Add(new Reason(justification.Rule.Name, justification.Guidelines));
        }

        IEnumerable<object> premises = ordered.SelectMany(j => j.Premises).Distinct()
            .OrderBy(p => Precedence(conclusions, p)).ThenBy(p => p.ToString(), StringComparer.Ordinal);
        foreach (object premise in premises) Collect(conclusions, premise, reasons, seen, walked);
    }

    /// <summary>The precedence of the first rule on the agenda that concluded <paramref name="fact"/>; the person's answers come last.</summary>
    public static int Precedence(IConclusions conclusions, object fact)
    {
        int first = int.MaxValue;
        foreach (Justification justification in conclusions.JustificationsOf(fact)) first = Math.Min(first, justification.Rule.Precedence);
        return first;
    }
}
