using System.Collections;
using System.Linq.Expressions;
using Advisor.Engine.Inference.Model;
using Advisor.Engine.Inference.Runtime;

namespace Advisor.Engine.Inference.Compilation;

/// <summary>
/// Turns rule definitions into the matching network once: each pattern becomes an alpha node (its
/// single-fact conditions) and a pattern node (its join conditions and how it extends a match);
/// each action becomes a delegate over the match tuple.
/// </summary>
internal static class RuleCompiler
{
    public static RuleNetwork Compile(IReadOnlyList<RuleDefinition> definitions, SessionOptions options)
    {
        Validate(options);
        var ordered = definitions.OrderBy(d => d.Name, StringComparer.Ordinal).ToArray();
        RejectDuplicateNames(ordered);
        var rules = new CompiledRule[ordered.Length];
        var alphaNodes = new List<AlphaNode>();
        for (int i = 0; i < ordered.Length; i++)
        {
            rules[i] = CompileRule(ordered[i], i, options, alphaNodes);
        }

        return new RuleNetwork(rules, alphaNodes.ToArray(), options.FiringLimit);
    }

    private static CompiledRule CompileRule(RuleDefinition definition, int index, SessionOptions options, List<AlphaNode> alphaNodes)
    {
        string name = definition.Name;
        int phase = IndexOf(options.Phases, definition.Phase);
        if (phase < 0)
        {
            throw new RuleCompilationException(name,
                $"its phase '{definition.Phase}' is not one of the session's phases ({string.Join(", ", options.Phases)})");
        }

        if (definition.Patterns.Count == 0)
            throw new RuleCompilationException(name, "When() has no pattern; a rule must match at least one fact");
        if (definition.Actions.Count == 0)
            throw new RuleCompilationException(name, "Then() has no action");

        try
        {
            var rule = new CompiledRule(definition, index, phase);
            Declaration?[] declarations = Declarations(definition);
            rule.Patterns = definition.Patterns
                .Select((pattern, slot) => CompilePattern(rule, pattern, slot, declarations, alphaNodes))
                .ToArray();
            rule.Actions = definition.Actions.Select(a => (a, CompileAction(name, a, declarations))).ToArray();
            return rule;
        }
        catch (Exception e) when (e is not RuleCompilationException)
        {
            throw new RuleCompilationException(name, e.Message, e);
        }
    }

    private static PatternNode CompilePattern(
        CompiledRule rule, PatternElement pattern, int slot, Declaration?[] declarations, List<AlphaNode> alphaNodes)
    {
        PatternNode node = pattern.Accept(new NodeFactory(slot));
        var alphaTests = new List<(ConditionElement, Func<object, bool>)>();
        var joinTests = new List<CompiledCondition>();
        var allTests = new List<CompiledCondition>();
        AlphaKey? key = null;
        JoinKey? joinKey = null;
        foreach (ConditionElement condition in pattern.Conditions)
        {
            LambdaExpression lambda = condition.Expression;
            ParameterExpression fact = lambda.Parameters[0];
            ParameterExpression tuple = Expression.Parameter(typeof(object?[]), "tuple");
            var rewriter = new DeclarationRewriter(rule.Definition.Name, declarations, slot, tuple);
            Expression body = rewriter.Rewrite(lambda.Body);
            if (rewriter.ReadsDeclarations)
            {
                Expression own = Expression.Convert(Expression.ArrayIndex(tuple, Expression.Constant(slot)), fact.Type);
                var test = Expression.Lambda<Func<object?[], bool>>(new ParameterReplacer(fact, own).Visit(body), tuple).Compile();
                var compiled = new CompiledCondition(condition, test);
                joinKey ??= JoinKeyFinder.Find(rule.Definition.Name, lambda, declarations, slot);
                joinTests.Add(compiled);
                allTests.Add(compiled);
            }
            else
            {
                ParameterExpression value = Expression.Parameter(typeof(object), "fact");
                Expression typed = Expression.Convert(value, fact.Type);
                var test = Expression.Lambda<Func<object, bool>>(new ParameterReplacer(fact, typed).Visit(body), value).Compile();
                if (alphaTests.Count == 0) key = AlphaKey.Of(lambda);
                alphaTests.Add((condition, test));
                allTests.Add(new CompiledCondition(condition, t => test(t[slot]!)));
            }
        }

        node.Alpha = new AlphaNode(alphaNodes.Count, rule, pattern, alphaTests.ToArray()) { Key = key, JoinKey = joinKey };
        node.JoinTests = joinTests.ToArray();
        node.AllTests = allTests;
        alphaNodes.Add(node.Alpha);
        return node;
    }

    private static Action<IContext, object?[]> CompileAction(string rule, ActionElement action, Declaration?[] declarations)
    {
        LambdaExpression lambda = action.Expression;
        ParameterExpression tuple = Expression.Parameter(typeof(object?[]), "tuple");
        Expression body = new DeclarationRewriter(rule, declarations, declarations.Length, tuple).Rewrite(lambda.Body);
        return Expression.Lambda<Action<IContext, object?[]>>(body, lambda.Parameters[0], tuple).Compile();
    }

    private static Declaration?[] Declarations(RuleDefinition definition)
    {
        var declarations = definition.Patterns.Select(p => p.Declaration).ToArray();
        var duplicate = declarations.OfType<Declaration>().GroupBy(d => d.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new RuleCompilationException(definition.Name, $"'{duplicate.Key}' is declared by more than one pattern");
        }

        return declarations;
    }

    private static void RejectDuplicateNames(RuleDefinition[] ordered)
    {
        for (int i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].Name == ordered[i - 1].Name)
            {
                throw new RuleCompilationException(ordered[i].Name,
                    $"{ordered[i - 1].Source.Name} and {ordered[i].Source.Name} share the name; rule names must be unique");
            }
        }
    }

    private static void Validate(SessionOptions options)
    {
        if (options.Phases.Count == 0 || options.Phases.Distinct().Count() != options.Phases.Count)
            throw new ArgumentException("Session phases must be a non-empty list of distinct names.", nameof(options));
        if (options.FiringLimit < 1)
            throw new ArgumentException("The firing limit must be at least 1.", nameof(options));
    }

    private static int IndexOf(IReadOnlyList<string> phases, string phase)
    {
        for (int i = 0; i < phases.Count; i++)
        {
            if (phases[i] == phase) return i;
        }

        return -1;
    }

    /// <summary>Chooses the node for each kind of pattern.</summary>
    private sealed class NodeFactory(int slot) : IPatternVisitor<PatternNode>
    {
        public PatternNode VisitMatch(MatchElement element) => new MatchNode(slot, element);

        public PatternNode VisitExists(ExistsElement element) => new ExistsNode(slot, element);

        public PatternNode VisitNot(NotElement element) => new NotNode(slot, element);

        public PatternNode VisitCollect(CollectElement element)
        {
            Type listType = typeof(List<>).MakeGenericType(element.FactType);
            var newList = Expression.Lambda<Func<IList>>(Expression.New(listType)).Compile();
            return new CollectNode(slot, element, newList);
        }
    }
}
