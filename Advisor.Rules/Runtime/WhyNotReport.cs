using System.Linq.Expressions;
using Advisor.Engine.Reasoning;
using NRules.RuleModel;

namespace Advisor.Rules.Runtime;

/// <summary>
/// Why a rule did or did not fire, found by walking its left-hand side (NRules' rule model) over a
/// session's facts: patterns left to right, each condition in turn, with Not, Exists and collected
/// lists as NRules reads them. Each condition reports in plain words what it asks for and what it saw.
/// It is a diagnostic: conditions are compiled on every call, which is fine for an explanation.
/// </summary>
internal static class WhyNotReport
{
    public static WhyNot For(IRuleDefinition definition, GuidanceRule rule, IReadOnlyList<object> facts)
    {
        var reports = new List<ConditionReport>();
        List<Dictionary<string, object>> matches = [new(StringComparer.Ordinal)];
        foreach (RuleElement element in definition.LeftHandSide.ChildElements)
        {
            if (matches.Count == 0) break;
            matches = element switch
            {
                PatternElement { Source: AggregateElement aggregate } pattern => Collect(pattern, aggregate, matches, facts),
                PatternElement pattern => Match(pattern, matches, facts, reports),
                NotElement { Source: PatternElement pattern } => Not(pattern, matches, facts, reports),
                ExistsElement { Source: PatternElement pattern } => Exists(pattern, matches, facts, reports),
                _ => matches,
            };
        }

        return new WhyNot(rule, matches.Count, reports);
    }

    private static List<Dictionary<string, object>> Match(
        PatternElement pattern, List<Dictionary<string, object>> matches, IReadOnlyList<object> facts, List<ConditionReport> reports)
    {
        object[] ofType = facts.Where(pattern.ValueType.IsInstanceOfType).ToArray();
        var survivors = matches.SelectMany(m => ofType.Select(f => (Match: m, Fact: f))).ToList();
        if (ofType.Length == 0)
        {
            reports.Add(new ConditionReport(PlainWords.Some(pattern.ValueType) + Conditions(pattern), false, "and there was none"));
            return [];
        }

        foreach (NamedExpressionElement condition in pattern.Expressions)
        {
            Delegate test = condition.Expression.Compile();
            var passed = survivors.Where(s => Passes(test, condition.Expression, pattern.Declaration.Name, s.Fact, s.Match)).ToList();
            var rejected = survivors.Except(passed).Select(s => s.Fact).Distinct().ToArray();
            reports.Add(new ConditionReport(PlainWords.Of(condition.Expression), passed.Count > 0, Saw(passed.Count, rejected)));
            survivors = passed;
            if (survivors.Count == 0) return [];
        }

        return survivors.Select(s => new Dictionary<string, object>(s.Match, StringComparer.Ordinal) { [pattern.Declaration.Name] = s.Fact }).ToList();
    }

    private static List<Dictionary<string, object>> Not(
        PatternElement pattern, List<Dictionary<string, object>> matches, IReadOnlyList<object> facts, List<ConditionReport> reports)
    {
        var kept = matches.Where(m => !Matching(pattern, m, facts).Any()).ToList();
        object[] blocking = matches.SelectMany(m => Matching(pattern, m, facts)).Distinct().ToArray();
        string wants = "no " + PlainWords.Some(pattern.ValueType)[2..] + Conditions(pattern);
        reports.Add(new ConditionReport(wants, kept.Count > 0, kept.Count > 0 ? "and there was none" : "but there was " + Described(blocking)));
        return kept;
    }

    private static List<Dictionary<string, object>> Exists(
        PatternElement pattern, List<Dictionary<string, object>> matches, IReadOnlyList<object> facts, List<ConditionReport> reports)
    {
        var kept = matches.Where(m => Matching(pattern, m, facts).Any()).ToList();
        reports.Add(new ConditionReport(PlainWords.Some(pattern.ValueType) + Conditions(pattern), kept.Count > 0,
            kept.Count > 0 ? "and there was" : "and there was none"));
        return kept;
    }

    private static List<Dictionary<string, object>> Collect(
        PatternElement pattern, AggregateElement aggregate, List<Dictionary<string, object>> matches, IReadOnlyList<object> facts) =>
        matches.Select(m => new Dictionary<string, object>(m, StringComparer.Ordinal)
        {
            [pattern.Declaration.Name] = Typed(aggregate.Source.ValueType, Matching(aggregate.Source, m, facts).ToArray()),
        }).ToList();

    /// <summary>A collected list as the rule declares it (<c>IEnumerable&lt;HasEquipment&gt;</c>), not as objects, so its conditions can take it.</summary>
    private static Array Typed(Type element, object[] facts)
    {
        var typed = Array.CreateInstance(element, facts.Length);
        facts.CopyTo(typed, 0);
        return typed;
    }

    private static IEnumerable<object> Matching(PatternElement pattern, Dictionary<string, object> match, IReadOnlyList<object> facts)
    {
        var tests = pattern.Expressions.Select(c => (c.Expression, Test: c.Expression.Compile())).ToArray();
        return facts.Where(pattern.ValueType.IsInstanceOfType)
            .Where(f => tests.All(t => Passes(t.Test, t.Expression, pattern.Declaration.Name, f, match)));
    }

    private static bool Passes(Delegate test, LambdaExpression expression, string own, object fact, Dictionary<string, object> match)
    {
        object?[] arguments = expression.Parameters
            .Select(p => p.Name == own ? fact : match.GetValueOrDefault(p.Name ?? ""))
            .ToArray();
        try
        {
            return test.DynamicInvoke(arguments) is true;
        }
        catch (System.Reflection.TargetInvocationException)
        {
            return false;
        }
    }

    private static string Conditions(PatternElement pattern) =>
        pattern.Expressions.Count == 0 ? "" : " where " + string.Join(" and ", pattern.Expressions.Select(c => PlainWords.Of(c.Expression)));

    private static string Saw(int passed, object[] rejected) =>
        passed > 0 ? rejected.Length == 0 ? "and every one did" : $"and {passed} did"
        : "but saw " + Described(rejected);

    private static string Described(IEnumerable<object> facts)
    {
        string[] words = facts.Select(f => Answers.Describe(f) ?? PlainWords.Fact(f)).Distinct().Take(6).ToArray();
        return words.Length == 0 ? "nothing" : string.Join("; ", words);
    }
}
