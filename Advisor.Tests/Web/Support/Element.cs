using System.Text.Json;

namespace Advisor.Tests.Web.Support;

/// <summary>An element of the page a <see cref="Browser"/> shows, as WebDriver refers to it.</summary>
public sealed class Element
{
    /// <summary>The key under which WebDriver passes an element reference in JSON.</summary>
    internal const string ReferenceKey = "element-6066-11e4-a52e-4f735466cecf";

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

    internal Element(Browser browser, string id, string description)
    {
        _browser = browser;
        Id = id;
        Description = description;
    }

    /// <summary>WebDriver's id for the element.</summary>
    public string Id { get; }

    /// <summary>How the element was found, for messages.</summary>
    public string Description { get; }

    /// <summary>The rendered text, as a person would read it.</summary>
    public string Text => Get("text").GetString() ?? "";

    /// <summary>True when the element is shown.</summary>
    public bool IsDisplayed => Get("displayed").GetBoolean();

    /// <summary>True unless the element is disabled.</summary>
    public bool IsEnabled => Get("enabled").GetBoolean();

    /// <summary>The HTML attribute <paramref name="name"/>, or null when the element has none.</summary>
    public string? Attribute(string name) => AsString(Get($"attribute/{Uri.EscapeDataString(name)}"));

    /// <summary>The DOM property <paramref name="name"/> (such as <c>value</c> or <c>checked</c>) as text, or null.</summary>
    public string? Property(string name) => AsString(Get($"property/{Uri.EscapeDataString(name)}"));

    /// <summary>Clicks the element's centre, scrolling it into view first.</summary>
    public void Click() => _browser.Client.Post($"{Path}/click");

    /// <summary>Types <paramref name="text"/> into the element.</summary>
    public void SendKeys(string text) => _browser.Client.Post($"{Path}/value", new { text });

    /// <summary>Empties an input or text area.</summary>
    public void Clear() => _browser.Client.Post($"{Path}/clear");

    /// <summary>
    /// Sets the value of an input that cannot be typed into, such as a range slider, and fires
    /// <c>input</c> and <c>change</c> as a person's change would.
    /// </summary>
    public void SetValue(string value) => _browser.ExecuteScript(SetValueScript, this, value);

    /// <summary>The JSON WebDriver expects when the element is passed to a script.</summary>
    internal Dictionary<string, string> Reference => new() { [ReferenceKey] = Id };

    /// <inheritdoc/>
    public override string ToString() => Description;

    private string Path => $"{_browser.SessionPath}/element/{Id}";

    private JsonElement Get(string what) => _browser.Client.Get($"{Path}/{what}");

    private static string? AsString(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
