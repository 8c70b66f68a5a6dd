using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Runtime;

internal sealed class SessionFactory(RuleNetwork network) : ISessionFactory
{
    public IReadOnlyList<RuleDefinition> Rules { get; } = network.Rules.Select(r => r.Definition).ToArray();

    public ISession CreateSession() => new Session(network);
}
