namespace Advisor.Tests.Web.Support;

/// <summary>A WebDriver command that failed, with the protocol's error code (such as "no such element") when there is one.</summary>
public sealed class WebDriverException(string message, string? error = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>The W3C WebDriver error code, or null when chromedriver did not answer at all.</summary>
    public string? Error { get; } = error;
}
