using Microsoft.Extensions.Options;

namespace Advisor.Host.Web.Settings;

/// <summary>
/// Binds <see cref="AdvisorOptions"/> from configuration once, through <see cref="AdvisorSettings"/>;
/// validation, run at start, refuses what binding could not apply, each in one line.
/// </summary>
public sealed class AdvisorOptionsSetup(IConfiguration configuration) : IConfigureOptions<AdvisorOptions>, IValidateOptions<AdvisorOptions>
{
    /// <inheritdoc />
    public void Configure(AdvisorOptions options)
    {
        foreach ((Setting setting, string text) in Configured()) setting.TryApply(text, options);
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AdvisorOptions options)
    {
        var scratch = new AdvisorOptions();
        List<string> refused = Configured().Where(c => !c.Setting.TryApply(c.Text, scratch)).Select(c => c.Setting.Refusal(c.Text)).ToList();
        return refused.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(refused);
    }

    private IEnumerable<(Setting Setting, string Text)> Configured() =>
        AdvisorSettings.All.Select(s => (Setting: s, Text: configuration[s.Name])).Where(c => c.Text is not null)!;
}
