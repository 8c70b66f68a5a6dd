using System.Reflection;

namespace Advisor.UnitTests.Architecture;

/// <summary>
/// The projects depend on one another one way, read from the compiled assemblies' references: the
/// engine knows neither how it is stored nor how it is simulated, so a storage or simulation type
/// cannot creep back into it, and no project uses one above it. The compiler keeps only the references the code uses.
/// </summary>
public sealed class AssemblyReferenceTests
{
    private static readonly Assembly Engine = typeof(Advisor.Engine.Assessments.Assessment).Assembly;
    private static readonly Assembly Storage = typeof(Advisor.Storage.Records.IHistoryStore).Assembly;

    /// <summary>Each production assembly, and the projects it may use (README, "Layout").</summary>
    private static readonly Dictionary<string, (Assembly Assembly, string[] MayUse)> Production = new()
    {
        ["Advisor.Engine"] = (Engine, []),
        ["Advisor.Rules"] = (typeof(Advisor.Rules.Guidance).Assembly, ["Advisor.Engine"]),
        ["Advisor.Storage"] = (Storage, ["Advisor.Engine"]),
        ["Advisor.Simulation"] = (typeof(Advisor.Simulation.Simulator).Assembly, ["Advisor.Engine"]),
        ["Advisor.Host"] = (typeof(Advisor.Host.Composition).Assembly, ["Advisor.Engine", "Advisor.Rules", "Advisor.Simulation", "Advisor.Storage"]),
    };

    public static TheoryData<string> ProductionNames => new(Production.Keys);

    [Fact]
    public void The_engine_does_not_reference_the_storage()
    {
        Assert.DoesNotContain("Advisor.Storage", OwnReferences(Engine));
    }

    [Fact]
    public void The_engine_references_none_of_the_other_projects()
    {
        Assert.Empty(OwnReferences(Engine));
    }

    [Theory]
    [MemberData(nameof(ProductionNames))]
    public void Each_assembly_uses_only_the_projects_below_it(string name)
    {
        var (assembly, mayUse) = Production[name];

        Assert.Empty(OwnReferences(assembly).Except(mayUse));
    }

    [Fact]
    public void The_reader_sees_a_reference_the_code_uses()
    {
        // Guards the reader itself: the storage keeps the engine's documents, so it must name the engine.
        Assert.Contains("Advisor.Engine", OwnReferences(Storage));
    }

    /// <summary>The names of the assemblies of this solution that <paramref name="assembly"/> references.</summary>
    private static IReadOnlyList<string> OwnReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith("Advisor.", StringComparison.Ordinal) || name == "advisor")
            .Order(StringComparer.Ordinal)
            .ToArray();
}
