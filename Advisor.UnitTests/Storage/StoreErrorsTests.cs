using Advisor.Storage.Sql;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Advisor.UnitTests.Storage;

/// <summary>Which provider errors the store calls a passing busy moment, read from the providers' own exceptions.</summary>
public sealed class StoreErrorsTests
{
    public static TheoryData<string, Exception> Unavailable => new()
    {
        { "SQLITE_BUSY", new SqliteException("database is locked", 5) },
        { "SQLITE_LOCKED", new SqliteException("database table is locked", 6) },
        { "a PostgreSQL statement cancelled by its time-out", new PostgresException("canceling statement due to statement timeout", "ERROR", "ERROR", PostgresErrorCodes.QueryCanceled) },
        { "a PostgreSQL lock not granted", new PostgresException("could not obtain lock", "ERROR", "ERROR", PostgresErrorCodes.LockNotAvailable) },
        { "a PostgreSQL connection broken under a read", new NpgsqlException("Exception while reading from stream", new IOException("connection reset")) },
        { "a time-out", new TimeoutException("no connection in time") },
        { "a busy file deep in the causes", new InvalidOperationException("saving failed", new AggregateException(new SqliteException("database is locked", 5))) },
    };

    public static TheoryData<string, Exception> Failures => new()
    {
        { "an SQLite constraint", new SqliteException("UNIQUE constraint failed", 19) },
        { "a read-only SQLite file", new SqliteException("attempt to write a readonly database", 8) },
        { "a PostgreSQL unique violation", new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation) },
        { "a PostgreSQL error that is not transient", new NpgsqlException("bad connection string") },
        { "a fault of the code", new InvalidOperationException("no such person") },
    };

    [Theory]
    [MemberData(nameof(Unavailable))]
    public void A_busy_or_timed_out_store_is_unavailable(string what, Exception exception) =>
        Assert.True(StoreErrors.IsUnavailable(exception), what);

    [Theory]
    [MemberData(nameof(Failures))]
    public void Any_other_error_is_not(string what, Exception exception) =>
        Assert.False(StoreErrors.IsUnavailable(exception), what);
}
