using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>GET /api/exercises and GET /api/rules: what the engine knows, open to anyone.</summary>
public sealed partial class CatalogEndpointTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    /// <summary>Every exercise id docs/contract.md names.</summary>
    private static readonly string[] ContractIds =
    [
        "arch-and-flatten", "back-lift", "arch-and-curl", "one-sided-arch-and-curl", "diagonal-arch-and-curl", "flowering-arch-and-curl",
        "iliopsoas-release", "lower-back-release", "standing-hamstring-release", "seated-hamstring-release", "hip-rotation",
        "quadriceps-release", "hip-slides-and-hip-raises", "hip-circles", "inversion-and-eversion", "gluteal-release",
        "internal-hip-rotator-release", "iliotibial-band-release",
        "hip-crease-pick-up", "knee-to-chest-rocking",
        "transverse-abdominal-bracing", "seated-pelvic-tilt", "isometric-glute-squeeze", "scapular-retraction-pulse",
        "chest-opener-finger-pull", "shoulder-circle", "ankle-pumps", "seated-hip-abduction-adduction", "micro-squat", "cervical-nod",
        "lateral-neck-flexion", "upper-trapezius-release", "finger-extension-stretch", "wrist-flexor-extensor-pulses", "grip-squeeze",
        "glute-bridge", "clamshell", "banded-leg-lift", "banded-lateral-walk", "side-lying-leg-lift", "scapular-push-up",
        "band-external-rotation", "single-leg-romanian-deadlift", "standing-calf-raise", "wall-angel", "bird-dog", "prone-y-raise", "plank",
        "banded-shoulder-circles", "ankle-dorsiflexion-drill", "ankle-circles", "wrist-rotation-light-weight",
    ];

    private static readonly string[] Regions = ["neck", "shoulders", "upper-back", "lower-back", "hips", "knees", "ankles", "wrists", "hands"];

    [GeneratedRegex("^G([1-9]|[1-3][0-9]|4[0-2])$")]
    private static partial Regex GuidelineId();

    [Fact]
    public async Task Exercises_lists_the_whole_catalog_with_every_contract_id()
    {
        using HttpClient client = host.CreateClient();

        using HttpResponseMessage response = await client.GetAsync("/api/exercises");

        JsonElement exercises = await response.JsonAsync(HttpStatusCode.OK);
        string[] ids = exercises.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(52, ContractIds.Length);
        Assert.True(ids.Length >= 52, $"{ids.Length} exercises");
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Empty(ContractIds.Except(ids));
        Assert.All(exercises.EnumerateArray(), e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("name").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("kind").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("instructions").GetString()));
            Assert.Equal(JsonValueKind.String, e.GetProperty("position").ValueKind);
            Assert.Contains(e.GetProperty("oneSided").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            Assert.Equal(JsonValueKind.Array, e.GetProperty("muscles").ValueKind);
            Assert.Equal(JsonValueKind.Array, e.GetProperty("equipment").ValueKind);
            Assert.All(e.GetProperty("regions").EnumerateArray(), r => Assert.Contains(r.GetString(), Regions));
        });
        Assert.Equal(["lower-back", "hips"], exercises.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "arch-and-flatten")
            .GetProperty("regions").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Rules_each_name_the_guidelines_they_encode_all_between_G1_and_G42()
    {
        using HttpClient client = host.CreateClient();

        using HttpResponseMessage response = await client.GetAsync("/api/rules");

        JsonElement rules = await response.JsonAsync(HttpStatusCode.OK);
        Assert.True(rules.GetArrayLength() > 42);
        Assert.All(rules.EnumerateArray(), rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("name").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("phase").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("priority").GetString()));
            Assert.Equal(JsonValueKind.Array, rule.GetProperty("tags").ValueKind);
            string[] guidelines = rule.GetProperty("guidelines").EnumerateArray().Select(g => g.GetString()!).ToArray();
            Assert.NotEmpty(guidelines);
            Assert.All(guidelines, g => Assert.Matches(GuidelineId(), g));
        });
        Assert.Equal(rules.GetArrayLength(), rules.EnumerateArray().Select(r => r.GetProperty("name").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task The_catalog_is_public_and_a_bad_token_does_not_matter_there()
    {
        using HttpClient anonymous = host.CreateClient();
        using HttpClient forged = host.ClientWith("ra_forged");

        using HttpResponseMessage exercises = await anonymous.GetAsync("/api/exercises");
        using HttpResponseMessage rules = await forged.GetAsync("/api/rules");

        Assert.Equal(HttpStatusCode.OK, exercises.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rules.StatusCode);
    }
}
