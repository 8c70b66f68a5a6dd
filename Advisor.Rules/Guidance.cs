using Advisor.Engine.Reasoning;
using Advisor.Rules.Runtime;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;

namespace Advisor.Rules;

/// <summary>
/// The guidance (docs/guidance.md) as NRules rules, compiled once with the catalog its rules read.
/// Thread-safe: each <see cref="Conclude"/> runs a session of its own.
/// </summary>
public sealed class Guidance : IGuidance
{
    /// <summary>How many firings one session may take before the guidance is taken to loop.</summary>
    public const int DefaultFiringLimit = 10_000;

    private readonly ISessionFactory _factory;
    private readonly ExerciseCatalog _catalog;
    private readonly int _firingLimit;
    private readonly IReadOnlyDictionary<IRuleDefinition, GuidanceRule> _byDefinition;
    private readonly IReadOnlyDictionary<string, IRuleDefinition> _byName;
    private readonly FactsRulesRead _read;

    private Guidance(IReadOnlyList<IRuleDefinition> definitions, ISessionFactory factory, ExerciseCatalog catalog, int firingLimit)
    {
        _factory = factory;
        _catalog = catalog;
        _firingLimit = firingLimit;
        var ordered = definitions
            .OrderByDescending(d => d.Priority).ThenBy(d => d.Name, StringComparer.Ordinal)
            .Select((d, i) => (Definition: d, Rule: new GuidanceRule(d.Name, d.Description, RuleCheck.PhaseOf(d), RuleCheck.GuidelinesOf(d), d.Priority, i)))
            .ToArray();
        _byDefinition = ordered.ToDictionary(o => o.Definition, o => o.Rule, ReferenceEqualityComparer.Instance as IEqualityComparer<IRuleDefinition>);
        _read = new FactsRulesRead(definitions);
        _byName = ordered.ToDictionary(o => o.Rule.Name, o => o.Definition, StringComparer.Ordinal);
        Rules = ordered.Select(o => o.Rule).ToArray();
        Naming = ordered.ToDictionary(o => o.Rule.Name, o => ActionText(o.Definition), StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IReadOnlyList<GuidanceRule> Rules { get; }

    /// <summary>Each rule's actions as text, to find the rules that name an exercise.</summary>
    internal IReadOnlyDictionary<string, string> Naming { get; }

    /// <summary>Every rule of the guidance, as NRules definitions, checked (<see cref="RuleCheck"/>).</summary>
    /// <param name="filter">Keeps only the rule classes it accepts; every one by default.</param>
    public static IReadOnlyList<IRuleDefinition> Load(Func<Type, bool>? filter = null)
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(scan => scan.Assembly(typeof(Guidance).Assembly)).Where(r => filter?.Invoke(r.RuleType) ?? true));
        IReadOnlyList<IRuleDefinition> rules = repository.GetRules().ToArray();
        RuleCheck.All(rules);
        return rules;
    }

    /// <summary>Loads, checks and compiles every rule; do it once and share the result.</summary>
    /// <param name="catalog">The catalog and decision tables the rules read.</param>
    /// <param name="firingLimit">How many firings a session may take before it is taken to loop.</param>
    /// <param name="expressions">Compiled for a process that answers many times, interpreted for one that answers once.</param>
    public static Guidance Compile(ExerciseCatalog catalog, int firingLimit = DefaultFiringLimit, RuleExpressions expressions = RuleExpressions.Compiled) =>
        Compile(Load(), catalog, firingLimit, expressions);

    /// <summary>Compiles <paramref name="rules"/> (from <see cref="Load"/>).</summary>
    public static Guidance Compile(
        IReadOnlyList<IRuleDefinition> rules, ExerciseCatalog catalog, int firingLimit = DefaultFiringLimit, RuleExpressions expressions = RuleExpressions.Compiled)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firingLimit, 1);
        var compiler = new RuleCompiler();
        if (expressions == RuleExpressions.Interpreted) compiler.ExpressionCompiler = new InterpretedExpressions();
        else if (expressions != RuleExpressions.Compiled) throw new ArgumentOutOfRangeException(nameof(expressions), expressions, "Rule expressions are compiled or interpreted.");
        ISessionFactory factory = compiler.Compile(rules);
        return new Guidance(rules, factory, catalog, firingLimit);
    }

    /// <inheritdoc />
    public IConclusions Conclude(IEnumerable<object> facts)
    {
        // One batch: NRules propagates a batch through each node once, not once per fact.
        var given = new HashSet<object>(32);
        var batch = new List<object>(32);
        foreach (object fact in facts)
        {
            if (given.Add(fact)) batch.Add(fact);
        }

        var justifications = new Justifications(_byDefinition);
        ISession session = _factory.CreateSession();
        var services = new SessionServices(_catalog, justifications, _read, batch);
        session.DependencyResolver = services;

        session.InsertAll(batch);

        FiringLimit.Fire(session, _firingLimit);
        return new SessionConclusions(this, session, justifications, services.Unread, given);
    }

    internal IRuleDefinition Definition(string name) =>
        _byName.TryGetValue(name, out IRuleDefinition? rule) ? rule : throw new KeyNotFoundException($"No rule is named \"{name}\".");

    internal GuidanceRule RuleOf(IRuleDefinition definition) => _byDefinition[definition];

    private static string ActionText(IRuleDefinition rule) =>
        string.Join("\n", rule.RightHandSide.Actions.Select(a => a.Expression.ToString()));
}
