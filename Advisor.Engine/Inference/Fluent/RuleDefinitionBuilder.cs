using System.Reflection;
using Advisor.Engine.Inference.Compilation;
using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Fluent;

/// <summary>Reads a rule's attributes and runs its <see cref="Rule.Define"/> into a <see cref="RuleDefinition"/>.</summary>
internal static class RuleDefinitionBuilder
{
    public static RuleDefinition Build(Rule rule)
    {
        Type type = rule.GetType();
        string name = type.GetCustomAttribute<NameAttribute>()?.Value ?? type.Name;
        (LeftHandSide when, RightHandSide then) = Capture(rule, name);
        return new RuleDefinition(
            name,
            type.GetCustomAttribute<DescriptionAttribute>()?.Value,
            type.GetCustomAttribute<PriorityAttribute>()?.Level ?? RulePriority.Normal,
            type.GetCustomAttribute<PhaseAttribute>()?.Name ?? RuleDefinition.DefaultPhase,
            type.GetCustomAttributes<TagAttribute>().Select(t => t.Value).ToArray(),
            type.GetCustomAttributes<GuidelineAttribute>().SelectMany(g => g.Ids).Distinct().ToArray(),
            when.Build(name),
            then.Build(),
            type);
    }

    private static (LeftHandSide, RightHandSide) Capture(Rule rule, string name)
    {
        try
        {
            return rule.Capture();
        }
        catch (Exception e) when (e is not RuleCompilationException)
        {
            throw new RuleCompilationException(name, $"Define() threw {e.GetType().Name}: {e.Message}", e);
        }
    }
}
