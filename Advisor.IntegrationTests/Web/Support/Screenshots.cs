using System.Globalization;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>Where screenshots of failed browser waits go: a folder beside the test binaries that CI can collect.</summary>
public static class Screenshots
{
    /// <summary>The folder.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>A fresh file name describing <paramref name="what"/>.</summary>
    public static string PathFor(string what)
    {
        string name = new([.. what.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        if (name.Length > 60) name = name[..60];
        string stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture);
        return Path.Combine(Folder, $"{stamp}-{name.Trim('-')}.png");
    }
}
