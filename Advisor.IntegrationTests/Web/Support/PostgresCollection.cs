namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// Test classes marked <c>[Collection(PostgresCollection.Name)]</c> share one PostgreSQL server.
/// They run one after another; other collections run beside them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Postgres";
}
