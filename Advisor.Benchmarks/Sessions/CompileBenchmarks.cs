using Advisor.Engine.Catalog;
using BenchmarkDotNet.Attributes;
using GuidanceRules = Advisor.Rules.Guidance;

namespace Advisor.Benchmarks.Sessions;

/// <summary>Loading, checking and compiling the guidance on NRules: what a host pays once at start.</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private ExerciseCatalog _catalog = null!;

    [GlobalSetup]
    public void Setup() => _catalog = ExerciseCatalog.Load();

    [Benchmark]
    public GuidanceRules LoadAndCompile() => GuidanceRules.Compile(_catalog);
}
