using System.Reflection;

namespace Advisor.Tests.Architecture;

/// <summary>
/// The projects depend on one another one way, read from the compiled assemblies' references: the
/// engine knows neither how it is stored nor how it is simulated, so a storage or simulation type
/// cannot creep back into it. The compiler keeps only the references the code uses.
/// </summary>
public sealed class AssemblyReferenceTests
{
    private static readonly Assembly Engine = typeof(Advisor.Engine.Assessments.Assessment).Assembly;
    private static readonly Assembly Storage = typeof(Advisor.Storage.Records.IHistoryStore).Assembly;

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
