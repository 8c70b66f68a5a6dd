namespace Advisor.UnitTests.Architecture;

/// <summary>Rooms that reach one another, and one closed path through some of them to show it.</summary>
/// <param name="Rooms">Every room of the cycle's component, in ordinal order.</param>
/// <param name="Path">From the first room back to it; with three or more rooms it may skip some.</param>
public sealed record RoomCycle(IReadOnlyList<string> Rooms, IReadOnlyList<string> Path);
