using Advisor.Engine.Inference.Compilation;
using Advisor.Engine.Inference.Fluent;
using Advisor.Engine.Inference.Runtime;

namespace Advisor.Engine.Inference.Testing;

/// <summary>
/// Tests one rule (or a few) in isolation: compile just them, insert facts, fire, and assert which
/// rules fired with which facts. Framework-neutral: a failed expectation throws
/// <see cref="RuleAssertionException"/> listing what did fire.
/// </summary>
public sealed class RuleTester
{
    private readonly List<RuleFiring> _firings = [];

    private RuleTester(ISession session)
    {
        Session = session;
        session.Events.RuleFired += (_, e) => _firings.Add(new RuleFiring(e.Rule.Name, e.Facts));
    }

    /// <summary>The session under test, for queries and explanations.</summary>
    public ISession Session { get; }

    /// <summary>Every firing so far, in order.</summary>
    public IReadOnlyList<RuleFiring> Firings => _firings;

    /// <summary>A tester for the rule class <typeparamref name="TRule"/> alone.</summary>
    public static RuleTester For<TRule>() where TRule : Rule, new() => For(new TRule());

    /// <summary>A tester for the given rules; their phases run in the order the rules are given.</summary>
    public static RuleTester For(params Rule[] rules)
    {
        var repository = new RuleRepository();
        foreach (Rule rule in rules) repository.Add(rule);
        var phases = repository.Rules.Select(r => r.Phase).Distinct().ToArray();
        return new RuleTester(repository.Compile(new SessionOptions { Phases = phases }).CreateSession());
    }

    /// <summary>Inserts facts.</summary>
    public RuleTester Insert(params object[] facts)
    {
        Session.InsertAll(facts);
        return this;
    }

    /// <summary>Fires the session to a fixpoint; returns how many rules fired.</summary>
    public int Fire() => Session.Fire();

    /// <summary>Asserts the rule fired exactly <paramref name="times"/> times (at least once when null).</summary>
    public RuleTester AssertFired<TRule>(int? times = null) where TRule : Rule => AssertFired(NameOf(typeof(TRule)), times);

    /// <summary>Asserts the named rule fired exactly <paramref name="times"/> times (at least once when null).</summary>
    public RuleTester AssertFired(string rule, int? times = null)
    {
        int count = _firings.Count(f => f.Rule == rule);
        bool ok = times is null ? count > 0 : count == times;
        if (!ok) Fail($"Expected '{rule}' to fire {(times is null ? "at least once" : $"{times} time(s)")}, but it fired {count} time(s).");
        return this;
    }

    /// <summary>Asserts the rule fired for a match that holds every one of <paramref name="facts"/>.</summary>
    public RuleTester AssertFiredWith<TRule>(params object[] facts) where TRule : Rule
    {
        string rule = NameOf(typeof(TRule));
        if (!_firings.Any(f => f.Rule == rule && facts.All(f.Facts.Contains)))
        {
            Fail($"Expected '{rule}' to fire with [{string.Join(", ", facts)}].");
        }

        return this;
    }

    /// <summary>Asserts the rule did not fire.</summary>
    public RuleTester AssertDidNotFire<TRule>() where TRule : Rule => AssertFired(NameOf(typeof(TRule)), 0);

    private void Fail(string message) =>
        throw new RuleAssertionException(message + " Fired: " + (_firings.Count == 0 ? "nothing." : string.Join("; ", _firings)));

    private static string NameOf(Type rule) =>
        (rule.GetCustomAttributes(typeof(NameAttribute), false).FirstOrDefault() as NameAttribute)?.Value ?? rule.Name;
}
