using System.Collections;
using Advisor.Engine.Reasoning;
using NRules.RuleModel;

namespace Advisor.Rules.Runtime;

/// <summary>
/// Every firing that concluded each fact, for one session. NRules keeps no justifications and
/// refuses an equal fact twice, so conclusions go through <see cref="Conclusions"/>, which
/// records the firing here before it tries the insert: a fact two rules derive keeps both.
/// </summary>
internal sealed class Justifications(IReadOnlyDictionary<IRuleDefinition, GuidanceRule> rules)
{
    private readonly Dictionary<object, List<Justification>> _byFact = new(128);

    private IMatch? _lastMatch;
    private List<object> _lastPremises = [];

    public void Record(object fact, IContext context, IGuidelineRow? row)
    {
        GuidanceRule rule = rules[context.Rule];
        List<object> premises = PremisesOf(context.Match);
        if (!_byFact.TryGetValue(fact, out List<Justification>? list)) _byFact[fact] = list = new List<Justification>(1);
        list.Add(new Justification(rule, row?.Guidelines ?? rule.Guidelines, premises));
    }

    /// <summary>The facts of a match; an action that concludes several facts reads them once.</summary>
    private List<object> PremisesOf(IMatch match)
    {
        if (ReferenceEquals(match, _lastMatch)) return _lastPremises;
        var premises = new List<object>(4);
        foreach (IFactMatch fact in match.Facts)
        {
            // A collected list stands for the facts in it.
            if (fact.Value is IEnumerable many and not string) premises.AddRange(many.Cast<object>());
            else if (fact.Value is not null) premises.Add(fact.Value);
        }

        (_lastMatch, _lastPremises) = (match, premises);
        return premises;
    }

    public IReadOnlyList<Justification> Of(object fact) => _byFact.TryGetValue(fact, out List<Justification>? list) ? list : [];
}
