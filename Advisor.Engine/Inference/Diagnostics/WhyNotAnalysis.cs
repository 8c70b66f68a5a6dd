using Advisor.Engine.Inference.Model;
using Advisor.Engine.Inference.Runtime;

namespace Advisor.Engine.Inference.Diagnostics;

/// <summary>
/// Replays a rule's join pattern by pattern over all of working memory, counting for every
/// condition which facts it rejected, and stops at the first pattern that lets no partial match
/// through. Slower than matching, and meant for explaining, not for the hot path.
/// </summary>
internal static class WhyNotAnalysis
{
    private const int Samples = 3;

    public static RuleDiagnosis Diagnose(CompiledRule rule, IReadOnlyList<FactHandle> facts, IReadOnlyList<Activation> matches)
    {
        var reports = new List<PatternReport>();
        var partials = new List<object?[]> { new object?[rule.Patterns.Length] };
        for (int position = 0; position < rule.Patterns.Length && partials.Count > 0; position++)
        {
            PatternNode pattern = rule.Patterns[position];
            object[] candidates = facts.Select(f => f.Value).Where(pattern.Element.FactType.IsInstanceOfType).ToArray();
            var verdicts = new Verdicts(pattern.AllTests.Count);
            partials = Extend(pattern, partials, candidates, verdicts);
            bool blocks = partials.Count == 0;
            reports.Add(new PatternReport(position + 1, pattern.Element, candidates.Length, partials.Count,
                verdicts.Reports(pattern.AllTests), blocks, Reason(position + 1, pattern, candidates.Length, verdicts, blocks)));
        }

        return new RuleDiagnosis(rule.Definition, matches.Count, matches.Count(m => m.Fired), reports);
    }

    private static List<object?[]> Extend(PatternNode pattern, List<object?[]> partials, object[] candidates, Verdicts verdicts)
    {
        var next = new List<object?[]>();
        foreach (object?[] partial in partials)
        {
            var joining = candidates.Where(c => verdicts.Judge(pattern, partial, c)).ToList();
            switch (pattern.Element)
            {
                case MatchElement:
                    next.AddRange(joining.Select(c => With(partial, pattern.Slot, c)));
                    break;
                case ExistsElement when joining.Count > 0:
                case NotElement when joining.Count == 0:
                    next.Add(partial);
                    break;
                case CollectElement:
                    next.Add(With(partial, pattern.Slot, joining));
                    break;
            }
        }

        return next;
    }

    private static object?[] With(object?[] partial, int slot, object value)
    {
        object?[] copy = (object?[])partial.Clone();
        copy[slot] = value;
        return copy;
    }

    private static string Reason(int position, PatternNode pattern, int candidates, Verdicts verdicts, bool blocks)
    {
        string what = $"pattern {position} ({pattern.Element})";
        if (!blocks) return $"{what} is satisfied";
        if (pattern.Element is NotElement) return $"{what} fails: a fact matches it ({verdicts.FirstPassed ?? "?"})";
        if (candidates == 0) return $"{what} fails: there is no {pattern.Element.FactType.Name} in working memory";
        (string condition, IReadOnlyList<string> seen) = verdicts.MostRejecting(pattern.AllTests);
        return $"{what} fails: no {pattern.Element.FactType.Name} satisfies '{condition}' (saw {string.Join("; ", seen)})";
    }

    private sealed class Verdicts(int conditions)
    {
        private readonly int[] _passed = new int[conditions];
        private readonly int[] _failed = new int[conditions];
        private readonly List<string>[] _failedOn = Enumerable.Range(0, conditions).Select(_ => new List<string>()).ToArray();

        public string? FirstPassed { get; private set; }

        public bool Judge(PatternNode pattern, object?[] partial, object candidate)
        {
            object?[] tuple = With(partial, pattern.Slot, candidate);
            for (int i = 0; i < pattern.AllTests.Count; i++)
            {
                if (!pattern.Evaluate(pattern.AllTests[i], tuple))
                {
                    _failed[i]++;
                    if (_failedOn[i].Count < Samples) _failedOn[i].Add(candidate.ToString() ?? candidate.GetType().Name);
                    return false;
                }

                _passed[i]++;
            }

            FirstPassed ??= candidate.ToString();
            return true;
        }

        public IReadOnlyList<ConditionReport> Reports(IReadOnlyList<CompiledCondition> tests) =>
            tests.Select((t, i) => new ConditionReport(t.Element, _passed[i], _failed[i], _failedOn[i])).ToArray();

        public (string Condition, IReadOnlyList<string> Seen) MostRejecting(IReadOnlyList<CompiledCondition> tests)
        {
            int worst = Array.IndexOf(_failed, _failed.Max());
            return tests.Count == 0 ? ("(join)", []) : (tests[worst].Element.Text, _failedOn[worst]);
        }
    }
}
