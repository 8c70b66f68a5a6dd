namespace Advisor.Engine.Routines;

/// <summary>
/// A pair of candidates whose order the rules fix: the candidate at index <see cref="Before"/> of
/// the request must come before the one at <see cref="After"/>. Always <c>Before &lt; After</c>, so
/// the rules' own order satisfies every pair.
/// </summary>
/// <param name="Before">Index, in the rules' order, of the candidate that comes first.</param>
/// <param name="After">Index of the candidate that comes later.</param>
public readonly record struct Precedence(int Before, int After);
