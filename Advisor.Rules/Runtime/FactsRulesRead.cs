using System.Collections.Concurrent;
using NRules.RuleModel;

namespace Advisor.Rules.Runtime;

/// <summary>
/// The kinds of fact some rule's conditions match in working memory. A conclusion of any other kind
/// (a cue, a rest, a reminder: what the routine shows, not what the guidance reasons on) can never
/// activate a rule, so it is kept beside the session instead of being propagated through NRules'
/// network, where every insert visits every type node of the guidance.
/// </summary>
internal sealed class FactsRulesRead
{
    private readonly Type[] _matched;
    private readonly ConcurrentDictionary<Type, bool> _byType = new();

    public FactsRulesRead(IEnumerable<IRuleDefinition> rules)
    {
        var matched = new HashSet<Type>();
        var patterns = new PatternTypes();
        foreach (IRuleDefinition rule in rules) patterns.Visit(matched, rule);
        _matched = [.. matched];
    }

    /// <summary>True when a fact of <paramref name="type"/> reaches a condition of some rule.</summary>
    public bool Reads(Type type) => _byType.GetOrAdd(type, t => _matched.Any(m => m.IsAssignableFrom(t)));

    /// <summary>Collects the type of every pattern that matches facts in working memory (no source of its own).</summary>
    private sealed class PatternTypes : RuleElementVisitor<HashSet<Type>>
    {
        protected override PatternElement VisitPattern(HashSet<Type> matched, PatternElement element)
        {
            if (element.Source is null) matched.Add(element.ValueType);
            return base.VisitPattern(matched, element);
        }
    }
}
