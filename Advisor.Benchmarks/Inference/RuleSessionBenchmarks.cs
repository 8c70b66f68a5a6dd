using Advisor.Engine.Inference;
using Advisor.Engine.Inference.Fluent;
using Advisor.Engine.Inference.Runtime;
using BenchmarkDotNet.Attributes;

namespace Advisor.Benchmarks.Inference;

/// <summary>A session over the 100 generated rules: create it, insert 50 facts, fire to the fixpoint.</summary>
[MemoryDiagnoser]
public class RuleSessionBenchmarks
{
    private ISessionFactory _factory = null!;
    private object[] _facts = null!;

    /// <summary>Compiles the rules once and checks, loudly, that the workload really chains.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var repository = new RuleRepository();
        foreach (Rule rule in GeneratedRules.Create()) repository.Add(rule);
        _factory = repository.Compile();
        _facts = GeneratedRules.Facts();

        ISession session = _factory.CreateSession();
        var fired = new Dictionary<string, int>();
        session.Events.RuleFired += (_, e) => fired[e.Rule.Name] = fired.GetValueOrDefault(e.Rule.Name) + 1;
        session.InsertAll(_facts);
        int firings = session.Fire();
        int deepest = session.Query<Finding>().Select(f => f.Level % 10).DefaultIfEmpty(-1).Max();
        Console.WriteLine(
            $"// Workload: {_facts.Length} facts in, {firings} firings of {fired.Count} distinct rules, " +
            $"{session.Query<Finding>().Count} findings, {session.Query<Caution>().Count} cautions, deepest chain step {deepest}.");
        if (firings == 0 || fired.Count < 20 || deepest < 9)
        {
            throw new InvalidOperationException(
                $"The generated rules barely fire ({firings} firings, {fired.Count} rules, deepest step {deepest}): the benchmark would measure nothing.");
        }
    }

    /// <summary>Create a session, insert the 50 facts and fire to the fixpoint.</summary>
    [Benchmark]
    public int Session100Rules50Facts()
    {
        ISession session = _factory.CreateSession();
        session.InsertAll(_facts);
        return session.Fire();
    }
}
