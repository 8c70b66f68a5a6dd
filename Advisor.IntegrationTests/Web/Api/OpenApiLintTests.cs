using Advisor.UnitTests;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>The OpenAPI document passes Spectral's OpenAPI rules (the repository's .spectral.yaml) without an error or a warning.</summary>
public sealed class OpenApiLintTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    [Fact]
    public async Task The_document_has_no_finding_of_spectral_oas()
    {
        using HttpClient client = host.CreateClient();
        string served = await OpenApiDocument.FetchTextAsync(client);
        string folder = Path.Combine(Path.GetTempPath(), "routine-advisor-openapi-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            string document = Path.Combine(folder, "v1.json");
            await File.WriteAllTextAsync(document, served);

            IReadOnlyList<SpectralFinding> findings = await Spectral.LintAsync(document, Path.Combine(Repository.Root, ".spectral.yaml"));

            SpectralFinding[] unmet = [.. findings.Where(f => f.Severity <= 1)];
            Assert.True(unmet.Length == 0, $"Spectral found {unmet.Length} errors and warnings:\n" + string.Join('\n', unmet));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
