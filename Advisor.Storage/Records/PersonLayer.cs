using Advisor.Engine.Outcomes;

namespace Advisor.Storage.Records;

/// <summary>A person's personal layer as the ranker kept it, with the latest outcome it holds.</summary>
public sealed record PersonLayer(string PersonId, Stamp Latest, byte[] Layer);
