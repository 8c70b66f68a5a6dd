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
    private readonly Dictionary<object, List<Justification>> _byFact = [];

    public void Record(object fact, IContext context, IGuidelineRow? row)
    {
        GuidanceRule rule = rules[context.Rule];
        var premises = new List<object>();
        foreach (IFactMatch match in context.Match.Facts)
        {
            // A collected list stands for the facts in it.
            if (match.Value is IEnumerable many and not string) premises.AddRange(many.Cast<object>());
            else if (match.Value is not null) premises.Add(match.Value);
        }

        if (!_byFact.TryGetValue(fact, out List<Justification>? list)) _byFact[fact] = list = [];
        list.Add(new Justification(rule, row?.Guidelines ?? rule.Guidelines, premises));
    }

    public IReadOnlyList<Justification> Of(object fact) => _byFact.TryGetValue(fact, out List<Justification>? list) ? list : [];
}
