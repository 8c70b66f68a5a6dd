using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Advisor.Engine.Outcomes;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Paging;

/// <summary>
/// What <c>GET /api/me/routines</c> was asked for: every routine (no <c>limit</c>, the list as it
/// always was), or a page of at most <c>limit</c> older than the <c>before</c> cursor. A cursor is
/// opaque to clients: the creation time and id of the last routine of the page before.
/// </summary>
/// <param name="Limit">At most this many routines; null for all.</param>
/// <param name="After">Where the page starts; null for the newest.</param>
public sealed record RoutineListQuery(int? Limit, RoutineCursor? After)
{
    /// <summary>The largest page a client may ask for.</summary>
    public const int MaxLimit = 200;

    /// <summary>Reads the query string; the error names the parameter that is wrong and why.</summary>
    public static RoutineListQuery? Read(IQueryCollection query, out (string Field, string Message)? error)
    {
        error = null;
        int? limit = null;
        if (query.TryGetValue("limit", out var limitText))
        {
            if (limitText.Count != 1 || !int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n is < 1 or > MaxLimit)
            {
                error = ("limit", $"must be one whole number from 1 to {MaxLimit}");
                return null;
            }

            limit = n;
        }

        RoutineCursor? after = null;
        if (query.TryGetValue("before", out var cursorText))
        {
            after = cursorText.Count == 1 && limit is not null ? Parse(cursorText.ToString()) : null;
            if (after is null)
            {
                error = ("before", limit is null
                    ? "needs limit: a cursor continues a page"
                    : "must be a cursor from the Link header of the page before, unchanged");
                return null;
            }
        }

        return new RoutineListQuery(limit, after);
    }

    /// <summary>The cursor that continues after <paramref name="last"/>, as the query string carries it.</summary>
    public static string Cursor(StoredRoutine last) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{last.CreatedAt.ToUnixTimeMilliseconds()}.{last.RoutineId}")));

    private static RoutineCursor? Parse(string text)
    {
        if (text.Length is 0 or > 400 || !Base64Url.IsValid(text)) return null;
        string plain = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
        int dot = plain.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == plain.Length - 1) return null;
        if (!long.TryParse(plain.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out long milliseconds)) return null;
        if (milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()) return null;
        return new RoutineCursor(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds), plain[(dot + 1)..]);
    }
}
