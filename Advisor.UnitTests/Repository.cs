namespace Advisor.UnitTests;

/// <summary>The repository the tests run from, for the tests that read its files (docs, the linter's ruleset, the sources).</summary>
internal static class Repository
{
    /// <summary>The folder that holds RoutineAdvisor.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RoutineAdvisor.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("RoutineAdvisor.sln not found above " + AppContext.BaseDirectory);
    }
}
