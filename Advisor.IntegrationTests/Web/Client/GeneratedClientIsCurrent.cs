using Advisor.UnitTests;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Client;

/// <summary>
/// The checked-in client is what NSwag makes of the host's OpenAPI document today, so a change to the
/// API that the document shows is a change to the client, and the newcomer's flow runs on it.
/// After such a change: <c>ADVISOR_REGENERATE_CLIENT=1 dotnet test Advisor.IntegrationTests -c Release --filter
/// FullyQualifiedName~GeneratedClientIsCurrent</c> writes the file anew.
/// </summary>
public sealed class GeneratedClientIsCurrent(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    private const string Regenerate = "ADVISOR_REGENERATE_CLIENT";

    [Fact]
    public async Task The_checked_in_client_is_what_the_document_generates()
    {
        using HttpClient client = host.CreateClient();
        string generated = await ClientGeneration.GenerateAsync(await OpenApiDocument.FetchTextAsync(client));
        string file = Path.Combine(Repository.Root, ClientGeneration.RelativePath);

        if (Environment.GetEnvironmentVariable(Regenerate) == "1")
        {
            await File.WriteAllTextAsync(file, generated);
            return;
        }

        string checkedIn = File.Exists(file) ? (await File.ReadAllTextAsync(file)).ReplaceLineEndings("\n") : "";
        Assert.True(checkedIn == generated,
            $"{ClientGeneration.RelativePath} is not what the host's OpenAPI document generates ({FirstDifference(checkedIn, generated)}). "
            + $"If the API changed on purpose, write it anew with {Regenerate}=1 dotnet test Advisor.IntegrationTests -c Release --filter FullyQualifiedName~GeneratedClientIsCurrent, "
            + "rebuild and check the diff.");
    }

    private static string FirstDifference(string checkedIn, string generated)
    {
        string[] was = checkedIn.Split('\n');
        string[] now = generated.Split('\n');
        for (int line = 0; line < Math.Max(was.Length, now.Length); line++)
        {
            string? a = line < was.Length ? was[line] : null;
            string? b = line < now.Length ? now[line] : null;
            if (a != b) return $"line {line + 1} is \"{a?.Trim() ?? "(end of file)"}\" but would be \"{b?.Trim() ?? "(end of file)"}\"";
        }

        return "they differ";
    }
}
