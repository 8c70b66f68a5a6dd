namespace Advisor.UnitTests.Architecture;

/// <summary>
/// The web host takes the engine from its container, never from the command line's static
/// composition root: a service located statically is one the container neither builds nor disposes,
/// and one a test host cannot replace.
/// </summary>
public sealed class WebCompositionTests
{
    private static readonly string Web = Path.Combine(Repository.Root, "Advisor.Host", "Web");

    [Fact]
    public void No_source_of_the_web_host_uses_Composition()
    {
        string[] sources = Directory.GetFiles(Web, "*.cs", SearchOption.AllDirectories);

        string[] users = [.. sources
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => l.line.Contains("Composition.", StringComparison.Ordinal))
            .Select(l => $"{Path.GetRelativePath(Repository.Root, l.file)}:{l.number}: {l.line.Trim()}")];

        Assert.NotEmpty(sources);
        Assert.True(users.Length == 0, "The web host uses Composition:\n" + string.Join('\n', users));
    }
}
