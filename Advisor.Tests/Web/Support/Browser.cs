using System.Text.Json;

namespace Advisor.Tests.Web.Support;

/// <summary>
/// One headless Chromium window driven over WebDriver. Get one from <see cref="BrowserFixture.NewBrowser"/>
/// and dispose it at the end of the test; disposing quits the browser and deletes its profile.
/// </summary>
public sealed class Browser : IDisposable
{
    /// <summary>How long <see cref="WaitUntil"/> waits unless told otherwise.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly string _profile;
    private readonly Action<Browser> _onQuit;
    private bool _quit;

    internal Browser(WebDriverClient client, string sessionId, string profile, Action<Browser> onQuit)
    {
        Client = client;
        SessionId = sessionId;
        _profile = profile;
        _onQuit = onQuit;
    }

    /// <summary>WebDriver's id for this browser session.</summary>
    public string SessionId { get; }

    /// <summary>The address of the page shown.</summary>
    public string Url => Client.Get($"{SessionPath}/url").GetString() ?? "";

    /// <summary>The title of the page shown.</summary>
    public string Title => Client.Get($"{SessionPath}/title").GetString() ?? "";

    internal WebDriverClient Client { get; }

    internal string SessionPath => $"session/{SessionId}";

    /// <summary>Loads <paramref name="url"/> and returns once the page has loaded.</summary>
    public void Navigate(string url) => Client.Post($"{SessionPath}/url", new { url });

    /// <inheritdoc cref="Navigate(string)"/>
    public void Navigate(Uri url) => Navigate(url.AbsoluteUri);

    /// <summary>The first element matching <paramref name="cssSelector"/>; throws when there is none.</summary>
    public Element Find(string cssSelector)
    {
        try
        {
            var found = Client.Post($"{SessionPath}/element", Locator(cssSelector));
            return new Element(this, ReferenceOf(found), cssSelector);
        }
        catch (WebDriverException e) when (e.Error == "no such element")
        {
            throw new WebDriverException($"No element matches {cssSelector} on {SafeUrl()}.", e.Error, e);
        }
    }

    /// <summary>The element whose <c>data-testid</c> is <paramref name="testId"/>; throws when there is none.</summary>
    public Element FindByTestId(string testId) => Find(TestIdSelector(testId));

    /// <summary>Every element matching <paramref name="cssSelector"/>, in document order; empty when none does.</summary>
    public IReadOnlyList<Element> FindAll(string cssSelector) =>
        [.. Client.Post($"{SessionPath}/elements", Locator(cssSelector)).EnumerateArray()
            .Select(found => new Element(this, ReferenceOf(found), cssSelector))];

    /// <summary>Every element whose <c>data-testid</c> is <paramref name="testId"/>.</summary>
    public IReadOnlyList<Element> FindAllByTestId(string testId) => FindAll(TestIdSelector(testId));

    /// <summary>Waits until an element with <c>data-testid</c> <paramref name="testId"/> exists, and returns it.</summary>
    public Element WaitForTestId(string testId, TimeSpan? timeout = null)
    {
        Element? found = null;
        WaitUntil(() => (found = FindAllByTestId(testId).FirstOrDefault()) is not null, timeout, $"an element with data-testid \"{testId}\"");
        return found!;
    }

    /// <summary>
    /// Runs <paramref name="script"/> (a function body; its arguments are <c>arguments[0]</c>…) in the
    /// page and returns what it returns. <see cref="Element"/> arguments arrive as DOM elements.
    /// </summary>
    public JsonElement ExecuteScript(string script, params object?[] arguments) =>
        Client.Post($"{SessionPath}/execute/sync", new
        {
            script,
            args = arguments.Select(argument => argument is Element element ? element.Reference : argument).ToArray(),
        });

    /// <summary>Runs <paramref name="script"/> and reads its result as <typeparamref name="T"/>.</summary>
    public T? ExecuteScript<T>(string script, params object?[] arguments) => ExecuteScript(script, arguments).Deserialize<T>();

    /// <summary>
    /// Polls <paramref name="condition"/> until it holds (an exception counts as "not yet"). On
    /// timeout, saves a screenshot and throws <see cref="TimeoutException"/> naming <paramref name="what"/>
    /// and where the screenshot is.
    /// </summary>
    public void WaitUntil(Func<bool> condition, TimeSpan? timeout = null, string what = "the condition")
    {
        try
        {
            Poll.Until(condition, timeout ?? DefaultTimeout, what);
        }
        catch (TimeoutException e)
        {
            string screenshot;
            try
            {
                screenshot = "Screenshot: " + Screenshot(Screenshots.PathFor(what));
            }
            catch (WebDriverException failure)
            {
                screenshot = $"No screenshot: {failure.Message}";
            }
            throw new TimeoutException($"{e.Message} Page: {SafeUrl()}. {screenshot}", e.InnerException);
        }
    }

    /// <summary>Saves what the window shows as a PNG at <paramref name="path"/> and returns the full path.</summary>
    public string Screenshot(string path)
    {
        string png = Client.Get($"{SessionPath}/screenshot").GetString() ?? "";
        string fullPath = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        File.WriteAllBytes(fullPath, Convert.FromBase64String(png));
        return fullPath;
    }

    /// <summary>Closes the browser and deletes its profile. Safe to call twice.</summary>
    public void Quit()
    {
        if (_quit) return;
        _quit = true;
        try
        {
            Client.Delete(SessionPath);
        }
        catch (WebDriverException)
        {
            // The driver is gone or the session already ended; disposing the driver kills what is left.
        }
        _onQuit(this);
        ScratchFolder.Delete(_profile);
    }

    /// <summary>Same as <see cref="Quit"/>.</summary>
    public void Dispose() => Quit();

    private static object Locator(string cssSelector) => new { @using = "css selector", value = cssSelector };

    private static string TestIdSelector(string testId) =>
        $"[data-testid=\"{testId.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";

    private static string ReferenceOf(JsonElement found) => found.GetProperty(Element.ReferenceKey).GetString()!;

    private string SafeUrl()
    {
        try
        {
            return Url;
        }
        catch (WebDriverException)
        {
            return "(unknown page)";
        }
    }
}
