using Advisor.Engine.Inference;
using Advisor.Engine.Inference.Compilation;
using Advisor.Engine.Inference.Fluent;
using Advisor.Engine.Inference.Runtime;

namespace Advisor.Tests.Inference;

/// <summary>Compiles a handful of rules into a session and records what fires.</summary>
internal static class Sessions
{
    public static ISessionFactory Factory(params Rule[] rules) => Factory(new SessionOptions(), rules);

    public static ISessionFactory Factory(SessionOptions options, params Rule[] rules)
    {
        var repository = new RuleRepository();
        foreach (Rule rule in rules) repository.Add(rule);
        return repository.Compile(options);
    }

    public static ISession Create(params Rule[] rules) => Factory(rules).CreateSession();

    public static ISession Create(SessionOptions options, params Rule[] rules) => Factory(options, rules).CreateSession();

    /// <summary>The names of the rules that fire from now on, in order.</summary>
    public static List<string> RecordFirings(this ISession session)
    {
        var fired = new List<string>();
        session.Events.RuleFired += (_, e) => fired.Add(e.Rule.Name);
        return fired;
    }

    /// <summary>Each firing from now on as "Rule(fact, fact)", in order.</summary>
    public static List<string> RecordMatches(this ISession session)
    {
        var fired = new List<string>();
        session.Events.RuleFired += (_, e) => fired.Add($"{e.Rule.Name}({string.Join(", ", e.Facts)})");
        return fired;
    }
}

/// <summary>
/// Passed to the constructor of each deliberately broken rule, so that the rule class has no
/// parameterless constructor and <see cref="RuleRepository.Load"/> never picks it up.
/// </summary>
public sealed class Deliberately
{
    public static readonly Deliberately Broken = new();

    private Deliberately() { }
}
