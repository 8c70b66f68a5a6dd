using System.Data.Common;

namespace Advisor.Storage.Sql;

/// <summary>Opens connections to one database engine; what differs between SQLite and PostgreSQL lives behind it.</summary>
public interface IConnectionSource : IAsyncDisposable
{
    /// <summary>"sqlite" or "postgresql".</summary>
    string Kind { get; }

    /// <summary>Where the data is, for people reading the host's output: a file path, or host, port and database.</summary>
    string Location { get; }

    /// <summary>An open connection, ready for the store's statements.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancel);

    /// <summary>Begins the transaction that applies migrations, holding off every other host doing the same.</summary>
    Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancel);

    /// <summary>Waits until this host may write; disposing the result lets the next writer in.</summary>
    ValueTask<IDisposable> WriteTurnAsync(CancellationToken cancel);

    /// <summary>
    /// Holds off, until <paramref name="transaction"/> ends, every other transaction that takes the
    /// same person's lock: what keeps their summary a summary of every outcome when two are logged at once.
    /// </summary>
    Task LockPersonAsync(DbConnection connection, DbTransaction transaction, string personId, CancellationToken cancel);

    /// <summary>Runs after a person's rows are deleted, so that no copy of them is left where the engine keeps old pages.</summary>
    Task AfterErasureAsync(DbConnection connection, CancellationToken cancel);

    /// <summary>True when <paramref name="error"/> is a broken uniqueness constraint.</summary>
    bool IsUniqueViolation(DbException error);
}
