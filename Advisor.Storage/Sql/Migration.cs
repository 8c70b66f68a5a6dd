namespace Advisor.Storage.Sql;

/// <summary>One step of the schema, applied once, in order, on SQLite and PostgreSQL alike.</summary>
public sealed record Migration(int Version, string Name, IReadOnlyList<string> Statements);
