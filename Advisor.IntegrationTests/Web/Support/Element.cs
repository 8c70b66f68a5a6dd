using OpenQA.Selenium;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>An element of the page a <see cref="Browser"/> shows.</summary>
public sealed class Element
{
    // Sets the value the way a person's input would, through the element's own value setter so
    // frameworks that wrap it notice, then fires the events pages listen to.
    private const string SetValueScript = """
        const [element, value] = arguments;
        const descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value');
        if (descriptor && descriptor.set) descriptor.set.call(element, value); else element.value = value;
        element.dispatchEvent(new Event('input', { bubbles: true }));
        element.dispatchEvent(new Event('change', { bubbles: true }));
        """;

    private readonly Browser _browser;

    internal Element(Browser browser, IWebElement element, string description)
    {
        _browser = browser;
        WebElement = element;
        Description = description;
    }

    /// <summary>How the element was found, for messages.</summary>
    public string Description { get; }

    /// <summary>The rendered text, as a person would read it.</summary>
    public string Text => WebElement.Text;

    /// <summary>True when the element is shown.</summary>
    public bool IsDisplayed => WebElement.Displayed;

    /// <summary>True unless the element is disabled.</summary>
    public bool IsEnabled => WebElement.Enabled;

    /// <summary>The HTML attribute <paramref name="name"/>, or null when the element has none.</summary>
    public string? Attribute(string name) => WebElement.GetDomAttribute(name);

    /// <summary>The DOM property <paramref name="name"/> (such as <c>value</c> or <c>checked</c>) as text, or null.</summary>
    /// <remarks>Read in the page, so a boolean reads "true" as JavaScript writes it.</remarks>
    public string? Property(string name) =>
        _browser.ExecuteScript<string?>("const v = arguments[0][arguments[1]]; return v == null ? null : String(v);", this, name);

    /// <summary>Clicks the element's centre, scrolling it into view first.</summary>
    public void Click() => WebElement.Click();

    /// <summary>Types <paramref name="text"/> into the element.</summary>
    public void SendKeys(string text) => WebElement.SendKeys(text);

    /// <summary>Empties an input or text area.</summary>
    public void Clear() => WebElement.Clear();

    /// <summary>
    /// Sets the value of an input that cannot be typed into, such as a range slider, and fires
    /// <c>input</c> and <c>change</c> as a person's change would.
    /// </summary>
    public void SetValue(string value) => _browser.ExecuteScript(SetValueScript, this, value);

    /// <summary>Selenium's element, passed as a DOM element to scripts.</summary>
    internal IWebElement WebElement { get; }

    /// <inheritdoc/>
    public override string ToString() => Description;
}
