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
        IReadOnlyList<Justification> justifications = conclusions.JustificationsOf(fact);
        foreach (Justification justification in justifications)
        {
            if (seen.Add(justification.Rule.Name)) reasons.Add(new Reason(justification.Rule.Name, justification.Guidelines));
        }

        foreach (object premise in justifications.SelectMany(j => j.Premises)) Collect(conclusions, premise, reasons, seen, walked);
    }
}
