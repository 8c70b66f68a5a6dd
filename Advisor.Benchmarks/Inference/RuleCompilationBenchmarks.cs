using Advisor.Engine.Inference;
using Advisor.Engine.Inference.Fluent;
using Advisor.Engine.Inference.Runtime;
using BenchmarkDotNet.Attributes;

namespace Advisor.Benchmarks.Inference;

/// <summary>Compiling the 100 generated rules (conditions and actions to delegates, alpha nodes, validation).</summary>
[MemoryDiagnoser]
public class RuleCompilationBenchmarks
{
    private RuleRepository _repository = null!;

    /// <summary>Defines the rules once; the benchmark measures only <see cref="RuleRepository.Compile"/>.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _repository = new RuleRepository();
        foreach (Rule rule in GeneratedRules.Create()) _repository.Add(rule);
        if (_repository.Rules.Count != GeneratedRules.Count)
        {
            throw new InvalidOperationException($"Expected {GeneratedRules.Count} rules, got {_repository.Rules.Count}.");
        }
    }

    /// <summary>RuleRepository.Compile over 100 rules.</summary>
    [Benchmark]
    public ISessionFactory Compile100Rules() => _repository.Compile();
}
