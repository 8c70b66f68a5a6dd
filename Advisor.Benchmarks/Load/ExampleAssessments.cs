using System.Text.Json.Nodes;

namespace Advisor.Benchmarks.Load;

/// <summary>
/// The assessments in data/examples, as request bodies. Requests cycle through all of them, so the
/// host makes short desk routines, long gym sessions and a referral, not one routine over and over.
/// </summary>
public sealed class ExampleAssessments
{
    private ExampleAssessments(IReadOnlyList<(string Name, byte[] Body, JsonObject Document)> all) => All = all;

    /// <summary>Every example, ordered by file name.</summary>
    public IReadOnlyList<(string Name, byte[] Body, JsonObject Document)> All { get; }

    /// <summary>Reads the examples copied beside the program.</summary>
    public static ExampleAssessments Load()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "data", "examples");
        var all = Directory.GetFiles(folder, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(file =>
            {
                byte[] body = File.ReadAllBytes(file);
                return (Path.GetFileNameWithoutExtension(file), body, JsonNode.Parse(body)!.AsObject());
            })
            .ToArray();
        if (all.Length == 0) throw new InvalidOperationException($"no example assessments in {folder}");
        return new ExampleAssessments(all);
    }

    /// <summary>The body for the <paramref name="n"/>-th request, in turn.</summary>
    public byte[] Body(long n) => All[(int)(n % All.Count)].Body;
}
