using Advisor.IntegrationTests.Web.Support;
using OpenQA.Selenium;
using UglyToad.PdfPig;

namespace Advisor.IntegrationTests.Web.EndToEnd;

/// <summary>
/// What a person's printer would get: the page's print button is pressed with <c>window.print</c>
/// caught, so the page readies itself as for paper (its body's class, folded parts opened), and
/// Chromium then prints that state to PDF, which is read back page by page.
/// </summary>
internal static class PrintedPage
{
    /// <summary>Presses <paramref name="button"/>, prints what the page readied and returns each PDF page's text.</summary>
    public static IReadOnlyList<string> Print(Browser page, string button)
    {
        page.ExecuteScript("window.print = () => { window.readiedForPrint = document.body.className; };");
        CompanionPage.Press(page, button);
        page.WaitUntil(() => page.ExecuteScript<string?>("return window.readiedForPrint ?? null") is not null, what: $"{button} to call window.print");
        // The page drops its print class once printing is over; Chromium's printing comes after this call, so it is put back.
        page.ExecuteScript("document.body.className = window.readiedForPrint;");
        PrintDocument pdf = ((ISupportsPrint)page.Driver).Print(new PrintOptions());
        using PdfDocument document = PdfDocument.Open(Convert.FromBase64String(pdf.AsBase64EncodedString));
        return [.. document.GetPages().Select(p => p.Text)];
    }
}
