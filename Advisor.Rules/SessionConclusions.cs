using Advisor.Engine.Reasoning;
using NRules;

namespace Advisor.Rules;

/// <summary>A fired NRules session, read through the engine's <see cref="IConclusions"/>.</summary>
internal sealed class SessionConclusions(Guidance guidance, ISession session, Justifications justifications, List<object> unread, HashSet<object> given)
    : IConclusions
{
    private readonly Dictionary<Type, object> _byType = [];
    private object[]? _facts;

    /// <summary>Every fact in working memory and every conclusion of a kind no rule reads, read once.</summary>
    internal IReadOnlyList<object> Facts => _facts ??= [.. session.Query<object>(), .. unread];

    public IReadOnlyList<T> Query<T>()
    {
        if (!_byType.TryGetValue(typeof(T), out object? list)) _byType[typeof(T)] = list = Facts.OfType<T>().ToArray();
        return (T[])list;
    }

    public bool IsGiven(object fact) => given.Contains(fact);

    public IReadOnlyList<Justification> JustificationsOf(object fact) => justifications.Of(fact);

    public WhyNot WhyNot(string ruleName) => WhyNotReport.For(guidance.Definition(ruleName), guidance.RuleOf(guidance.Definition(ruleName)), Facts);

    public IReadOnlyList<GuidanceRule> RulesNaming(string exerciseId)
    {
        string quoted = $"\"{exerciseId}\"";
        return guidance.Rules.Where(r => guidance.Naming[r.Name].Contains(quoted, StringComparison.Ordinal)).ToArray();
    }
}
