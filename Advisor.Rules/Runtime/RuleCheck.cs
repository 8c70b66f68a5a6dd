using System.Text.RegularExpressions;
using NRules.RuleModel;

namespace Advisor.Rules.Runtime;

/// <summary>
/// What loading demands of every rule, beyond what NRules checks: a unique name, a description,
/// one phase whose priority band holds the rule's priority, and at least one guideline id, each
/// one of G1 to G42.
/// </summary>
internal static partial class RuleCheck
{
    public const int Guidelines = 42;

    public static void All(IReadOnlyList<IRuleDefinition> rules)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (IRuleDefinition rule in rules)
        {
            if (!names.Add(rule.Name)) throw new GuidanceLoadException(rule.Name, "another rule has the same name");
            if (string.IsNullOrWhiteSpace(rule.Description)) throw new GuidanceLoadException(rule.Name, "it has no [Description]");
            string phase = PhaseOf(rule);
            if (!Priorities.InBand(rule.Priority, phase))
            {
                throw new GuidanceLoadException(rule.Name,
                    $"its priority {rule.Priority} lies outside the {phase} band ({Priorities.BandOf(phase)} ± {Priorities.BandWidth / 2 - 1})");
            }

            IReadOnlyList<string> ids = GuidelinesOf(rule);
            if (ids.Count == 0) throw new GuidanceLoadException(rule.Name, "it cites no [Guideline]");
            foreach (string id in ids.Where(id => !IsGuideline(id)))
            {
                throw new GuidanceLoadException(rule.Name, $"'{id}' is not a guideline id (G1 to G{Guidelines})");
            }
        }
    }

    /// <summary>The rule's phase, from its <see cref="PhaseAttribute"/> tag.</summary>
    public static string PhaseOf(IRuleDefinition rule)
    {
        string[] phases = rule.Tags.Where(t => t.StartsWith(PhaseAttribute.Prefix, StringComparison.Ordinal))
            .Select(t => t[PhaseAttribute.Prefix.Length..]).ToArray();
        if (phases.Length != 1) throw new GuidanceLoadException(rule.Name, "it needs exactly one [Phase]");
        if (Priorities.BandOf(phases[0]) is null)
        {
            throw new GuidanceLoadException(rule.Name, $"'{phases[0]}' is not a phase ({string.Join(", ", Phases.InOrder)})");
        }

        return phases[0];
    }

    /// <summary>The guideline ids among the rule's tags, in the order they are written.</summary>
    public static IReadOnlyList<string> GuidelinesOf(IRuleDefinition rule) =>
        rule.Tags.Where(t => !t.StartsWith(PhaseAttribute.Prefix, StringComparison.Ordinal)).ToArray();

    private static bool IsGuideline(string id) =>
        GuidelineId().Match(id) is { Success: true } m && int.Parse(m.Groups[1].Value) is >= 1 and <= Guidelines;

    [GeneratedRegex("^G([1-9][0-9]?)$")]
    private static partial Regex GuidelineId();
}
