using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using Advisor.Host.Web;
using Advisor.IntegrationTests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>ADVISOR_PERSONALIZATION reads as people write a switch, and anything else stops the host with a message naming it.</summary>
public sealed class PersonalizationSettingTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("On", true)]
    [InlineData("yes", true)]
    [InlineData("1", true)]
    [InlineData("FALSE", false)]
    [InlineData("off", false)]
    [InlineData(" no ", false)]
    [InlineData("0", false)]
    public async Task Every_accepted_word_switches_it(string text, bool enabled)
    {
        await using var host = new AdvisorFactory(null, ("Personalization", text));
        await host.InitializeAsync();
        Assert.Equal(enabled, host.Services.GetRequiredService<IRanker>().Enabled);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("")]
    [InlineData("2")]
    public async Task Anything_else_stops_the_host_with_exit_code_2_naming_the_setting_and_the_accepted_values(string text)
    {
        TextWriter before = Console.Error;
        var error = new StringWriter();
        Console.SetError(error);
        int code;
        try
        {
            code = await AdvisorWeb.RunAsync([$"--Personalization={text}", "--urls", $"http://127.0.0.1:{FreePort.Pick()}"]);
        }
        finally
        {
            Console.SetError(before);
        }

        Assert.Equal(2, code);
        Assert.Contains("Personalization", error.ToString());
        Assert.Contains("ADVISOR_PERSONALIZATION", error.ToString());
        Assert.Contains(OnOff.Accepted, error.ToString());
    }
}
