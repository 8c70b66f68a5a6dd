namespace Advisor.Tests.Web.Support;

/// <summary>The repository the tests were built from, for the files they check against the code.</summary>
public static class RepositoryFolder
{
    /// <summary>The folder holding RoutineAdvisor.sln, found upward from the test binaries.</summary>
    public static string Path()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "RoutineAdvisor.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("RoutineAdvisor.sln not found above " + AppContext.BaseDirectory);
    }
}
