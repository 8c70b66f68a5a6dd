using System.Diagnostics;
using OpenQA.Selenium;
using Xunit.Abstractions;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>A headless Chromium, driven through Selenium, loads a page, clicks, types and reads it back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserTests(BrowserFixture browsers, ITestOutputHelper output)
{
    private const string Page = """
        <!doctype html>
        <html><head><title>Support page</title></head>
        <body>
          <button data-testid="greet" onclick="this.textContent = 'Hello!'">Say hello</button>
          <input data-testid="name" type="text" value="draft">
          <input data-testid="effort" type="range" min="0" max="10" value="2"
                 oninput="document.querySelector('[data-testid=effort-shown]').textContent = this.value">
          <output data-testid="effort-shown">2</output>
          <ul><li data-testid="item">one</li><li data-testid="item">two</li></ul>
        </body></html>
        """;

    [Fact]
    public void Clicking_a_button_changes_its_text()
    {
        var clock = Stopwatch.StartNew();
        using var browser = browsers.NewBrowser();
        output.WriteLine($"Chromium install took {browsers.InstallTime.TotalSeconds:0.0} s, chromedriver start "
            + $"{browsers.Driver.StartupTime.TotalSeconds:0.00} s, a new browser {clock.Elapsed.TotalSeconds:0.00} s");

        browser.Navigate(DataUrl(Page));
        var button = browser.FindByTestId("greet");
        Assert.Equal("Say hello", button.Text);

        button.Click();

        browser.WaitUntil(() => browser.FindByTestId("greet").Text == "Hello!", what: "the button to say hello");
        Assert.Equal("Support page", browser.Title);
    }

    [Fact]
    public void Inputs_take_typed_text_and_set_values()
    {
        using var browser = browsers.NewBrowser(800, 600);
        browser.Navigate(DataUrl(Page));

        var name = browser.FindByTestId("name");
        name.Clear();
        name.SendKeys("Ada");
        browser.FindByTestId("effort").SetValue("7");

        Assert.Equal("Ada", name.Property("value"));
        Assert.Equal("text", name.Attribute("type"));
        Assert.Null(name.Attribute("data-missing"));
        Assert.Equal("7", browser.WaitForTestId("effort-shown").Text);
        Assert.Equal(["one", "two"], browser.FindAllByTestId("item").Select(item => item.Text));
        Assert.Empty(browser.FindAll("table"));
        Assert.Equal(800, browser.ExecuteScript<int>("return window.outerWidth"));
        Assert.ThrowsAny<WebDriverException>(() => browser.FindByTestId("absent"));

        string screenshot = browser.Screenshot(Screenshots.PathFor("inputs"));
        Assert.True(new FileInfo(screenshot).Length > 0);
        File.Delete(screenshot);
    }

    private static string DataUrl(string html) => "data:text/html;charset=utf-8," + Uri.EscapeDataString(html);
}
