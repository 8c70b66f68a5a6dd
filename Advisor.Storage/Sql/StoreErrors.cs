using Microsoft.Data.Sqlite;
using Npgsql;

namespace Advisor.Storage.Sql;

/// <summary>
/// Which provider errors mean the store is passing through a busy moment rather than failing: the
/// caller may try again. Kept beside the providers so that nothing above the store names their codes.
/// </summary>
public static class StoreErrors
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>True for a time-out or a busy or locked database, anywhere in the chain of causes.</summary>
    public static bool IsUnavailable(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is TimeoutException
                or SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }
                or PostgresException { SqlState: PostgresErrorCodes.QueryCanceled or PostgresErrorCodes.LockNotAvailable }
                or NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }
}
