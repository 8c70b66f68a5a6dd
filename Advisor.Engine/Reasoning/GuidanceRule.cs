namespace Advisor.Engine.Reasoning;

/// <summary>One rule of the guidance, as a person or a maintainer reads it.</summary>
/// <param name="Name">The rule's name, which is also the reason an item cites.</param>
/// <param name="Description">What the rule says, in the guidance's words.</param>
/// <param name="Phase">The phase of a session it fires in (screening, derivation, selection, adjustment).</param>
/// <param name="Guidelines">The guideline ids it encodes.</param>
/// <param name="Priority">Its priority on the agenda: the phase's band, a step sooner or later within it.</param>
/// <param name="Precedence">
/// Its place in the order the agenda prefers rules: earlier phases first, then higher priority,
/// then by name. Lists a person reads (cues, reminders, what was left out) follow it, so they never
/// depend on the order facts happened to be concluded in.
/// </param>
public sealed record GuidanceRule(string Name, string Description, string Phase, IReadOnlyList<string> Guidelines, int Priority, int Precedence);
