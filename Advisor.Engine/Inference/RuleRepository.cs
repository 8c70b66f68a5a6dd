using System.Reflection;
using Advisor.Engine.Inference.Compilation;
using Advisor.Engine.Inference.Fluent;
using Advisor.Engine.Inference.Model;
using Advisor.Engine.Inference.Runtime;

namespace Advisor.Engine.Inference;

/// <summary>
/// Collects rule definitions, from rule classes or assemblies, and compiles them into a session
/// factory. Compile once at start-up and share the factory; sessions are the cheap part.
/// </summary>
public sealed class RuleRepository
{
    private readonly List<RuleDefinition> _rules = [];

    /// <summary>The definitions loaded so far.</summary>
    public IReadOnlyList<RuleDefinition> Rules => _rules;

    /// <summary>
    /// Loads every concrete <see cref="Rule"/> class of <paramref name="assembly"/> that has a public
    /// parameterless constructor (in full-name order) whose definition passes <paramref name="filter"/>,
    /// such as a tag test. A rule class that needs constructor arguments is left to <see cref="Add(Rule)"/>.
    /// </summary>
    public RuleRepository Load(Assembly assembly, Func<RuleDefinition, bool>? filter = null)
    {
        IEnumerable<Type> ruleTypes = assembly.GetTypes()
            .Where(t => typeof(Rule).IsAssignableFrom(t) && t is { IsAbstract: false, IsGenericTypeDefinition: false }
                && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (Type type in ruleTypes)
        {
            RuleDefinition definition = Define(type);
            if (filter?.Invoke(definition) ?? true) _rules.Add(definition);
        }

        return this;
    }

    /// <summary>Adds one rule.</summary>
    public RuleRepository Add(Rule rule)
    {
        _rules.Add(RuleDefinitionBuilder.Build(rule));
        return this;
    }

    /// <summary>Adds the rule class <typeparamref name="TRule"/>.</summary>
    public RuleRepository Add<TRule>() where TRule : Rule, new() => Add(new TRule());

    /// <summary>Compiles the loaded rules; throws <see cref="RuleCompilationException"/> naming the first rule that cannot compile.</summary>
    public ISessionFactory Compile(SessionOptions? options = null) =>
        new SessionFactory(RuleCompiler.Compile(_rules, options ?? new SessionOptions()));

    private static RuleDefinition Define(Type type) => RuleDefinitionBuilder.Build((Rule)Activator.CreateInstance(type)!);
}
