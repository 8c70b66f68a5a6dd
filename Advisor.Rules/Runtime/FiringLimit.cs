using NRules;
using NRules.Diagnostics;

namespace Advisor.Rules.Runtime;

/// <summary>
/// NRules' <c>Fire(max)</c> stops quietly at the limit. A session of the guidance that reaches it
/// loops, so it fires once more as far and throws, naming the rule that fired most in that stretch.
/// Counting only after the limit keeps ordinary sessions free of event handlers.
/// </summary>
internal static class FiringLimit
{
    public static void Fire(ISession session, int limit)
    {
        int fired = session.Fire(limit);
        if (fired < limit || session.Agenda.IsEmpty) return;

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(object? sender, AgendaEventArgs e) => counts[e.Rule.Name] = counts.GetValueOrDefault(e.Rule.Name) + 1;
        session.Events.RuleFiredEvent += Count;
        try
        {
            session.Fire(limit);
        }
        finally
        {
            session.Events.RuleFiredEvent -= Count;
        }

        (string rule, int times) = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => (c.Key, c.Value)).FirstOrDefault(("(none)", 0));
        throw new FiringLimitExceededException(limit, rule, times);
    }
}
