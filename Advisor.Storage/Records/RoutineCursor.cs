namespace Advisor.Storage.Records;

/// <summary>
/// Where a page of a person's routines starts: after (older than) the routine made at
/// <paramref name="CreatedAt"/> with id <paramref name="RoutineId"/>, the last of the page before.
/// Routines are listed newest first by creation time, then id, so a page never repeats or skips a
/// routine when new ones are made while someone is paging.
/// </summary>
public sealed record RoutineCursor(DateTimeOffset CreatedAt, string RoutineId);
