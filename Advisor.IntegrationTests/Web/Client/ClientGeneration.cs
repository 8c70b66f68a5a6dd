using NJsonSchema.CodeGeneration.CSharp;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

namespace Advisor.IntegrationTests.Web.Client;

/// <summary>
/// How <c>AdvisorClient.g.cs</c> is made from the host's OpenAPI document with NSwag: the one place
/// its settings live, used both to check the file and to write it anew.
/// </summary>
public static class ClientGeneration
{
    /// <summary>The generated file, relative to the repository.</summary>
    public static readonly string RelativePath = Path.Combine("Advisor.IntegrationTests", "Web", "Client", "AdvisorClient.g.cs");

    /// <summary>
    /// The client's C# source for <paramref name="documentJson"/>, with \n line endings and no
    /// trailing spaces (NSwag leaves some; editors strip them), so the same document gives the same
    /// text on every machine. NSwag writes no date, only its own version, which the package pin fixes.
    /// </summary>
    public static async Task<string> GenerateAsync(string documentJson)
    {
        NSwag.OpenApiDocument document = await NSwag.OpenApiDocument.FromJsonAsync(documentJson);
        var generator = new CSharpClientGenerator(document, Settings());
        string code = generator.GenerateFile();
        IEnumerable<string> lines = code.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd());
        return string.Join('\n', lines).TrimEnd() + "\n";
    }

    private static CSharpClientGeneratorSettings Settings() => new()
    {
        ClassName = "AdvisorClient",
        // One client, each method named by its operationId: the document's names are the client's.
        OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
        // The caller's HttpClient carries the address (the test host's, or a real one).
        UseBaseUrl = false,
        GenerateClientInterfaces = false,
        ExceptionClass = "AdvisorApiException",
        CSharpGeneratorSettings =
        {
            Namespace = "Advisor.IntegrationTests.Web.Client",
            JsonLibrary = CSharpJsonLibrary.NewtonsoftJson,
            GenerateNullableReferenceTypes = true,
            // NSwag marks enum properties and lists as strings but not a dictionary's values (an
            // outcome's ratings), which went out as numbers; every enum of the contract is a string.
            JsonConverters = ["Newtonsoft.Json.Converters.StringEnumConverter"],
            // Assessment.FromJson reads an example file into the client's own type.
            GenerateJsonMethods = true,
        },
    };
}
