namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// Test classes marked <c>[Collection(BrowserCollection.Name)]</c> share one chromedriver.
/// They run one after another; other collections run beside them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Browser";
}
