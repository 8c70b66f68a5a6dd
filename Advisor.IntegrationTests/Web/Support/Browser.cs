using System.Collections;
using System.Collections.ObjectModel;
using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// One headless Chromium window driven by Selenium. Get one from <see cref="BrowserFixture.NewBrowser"/>
/// and dispose it at the end of the test; disposing quits the browser and deletes its profile.
/// </summary>
public sealed class Browser : IDisposable
{
    /// <summary>How long <see cref="WaitUntil"/> waits unless told otherwise.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly string _profile;
    private readonly Action<Browser> _onQuit;
    private bool _quit;

    internal Browser(ChromeDriver driver, string profile, Action<Browser> onQuit)
    {
        Driver = driver;
        _profile = profile;
        _onQuit = onQuit;
        // Finding an element answers at once; waiting is explicit (WaitUntil).
        driver.Manage().Timeouts().ImplicitWait = TimeSpan.Zero;
    }

    /// <summary>The Selenium driver of this window, for what the wrapper does not cover (DevTools commands).</summary>
    public ChromeDriver Driver { get; }

    /// <summary>Where this browser saves downloads.</summary>
    public string Downloads => Path.Combine(_profile, "downloads");

    /// <summary>The address of the page shown.</summary>
    public string Url => Driver.Url;

    /// <summary>The title of the page shown.</summary>
    public string Title => Driver.Title;

    /// <summary>Loads <paramref name="url"/> and returns once the page has loaded.</summary>
    public void Navigate(string url) => Driver.Navigate().GoToUrl(url);

    /// <inheritdoc cref="Navigate(string)"/>
    public void Navigate(Uri url) => Navigate(url.AbsoluteUri);

    /// <summary>Loads the page again, as a person's reload would.</summary>
    public void Reload() => Driver.Navigate().Refresh();

    /// <summary>The first element matching <paramref name="cssSelector"/>; throws when there is none.</summary>
    public Element Find(string cssSelector)
    {
        try
        {
            return new Element(this, Driver.FindElement(By.CssSelector(cssSelector)), cssSelector);
        }
        catch (NoSuchElementException e)
        {
            throw new NoSuchElementException($"No element matches {cssSelector} on {SafeUrl()}.", e);
        }
    }

    /// <summary>The element whose <c>data-testid</c> is <paramref name="testId"/>; throws when there is none.</summary>
    public Element FindByTestId(string testId) => Find(TestIdSelector(testId));

    /// <summary>Every element matching <paramref name="cssSelector"/>, in document order; empty when none does.</summary>
    public IReadOnlyList<Element> FindAll(string cssSelector) =>
        [.. Driver.FindElements(By.CssSelector(cssSelector)).Select(found => new Element(this, found, cssSelector))];

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
    /// page and returns what it returns, as JSON. <see cref="Element"/> arguments arrive as DOM elements.
    /// </summary>
    public JsonElement ExecuteScript(string script, params object?[] arguments)
    {
        object? result = Driver.ExecuteScript(script, [.. arguments.Select(a => a is Element element ? element.WebElement : a)]);
        return JsonSerializer.SerializeToElement(Plain(result));
    }

    /// <summary>Runs <paramref name="script"/> and reads its result as <typeparamref name="T"/>.</summary>
    public T? ExecuteScript<T>(string script, params object?[] arguments) => ExecuteScript(script, arguments).Deserialize<T>();

    /// <summary>
    /// Types <paramref name="text"/> into the element with that test id, finding it again if the page
    /// re-rendered it between finding and typing (a form drawn twice as a routine opens).
    /// </summary>
    public void TypeInto(string testId, string text) =>
        WaitUntil(() =>
        {
            FindByTestId(testId).SendKeys(text);
            return true;
        }, what: $"{testId} to take \"{text}\"");

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
        string fullPath = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        Driver.GetScreenshot().SaveAsFile(fullPath);
        return fullPath;
    }

    /// <summary>Closes the browser and deletes its profile. Safe to call twice.</summary>
    public void Quit()
    {
        if (_quit) return;
        _quit = true;
        try
        {
            Driver.Quit();
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

    private static string TestIdSelector(string testId) =>
        $"[data-testid=\"{testId.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";

    /// <summary>Selenium's script results (dictionaries, read-only lists, numbers) as plain values JSON can hold.</summary>
    private static object? Plain(object? value) => value switch
    {
        null => null,
        string or bool or long or double or int => value,
        IWebElement => throw new InvalidOperationException("A script returned an element; return its properties instead."),
        IDictionary<string, object> map => map.ToDictionary(p => p.Key, p => Plain(p.Value)),
        ReadOnlyCollection<object> list => list.Select(Plain).ToArray(),
        IEnumerable items => items.Cast<object?>().Select(Plain).ToArray(),
        _ => value,
    };

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
