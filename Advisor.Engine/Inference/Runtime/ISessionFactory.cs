using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Runtime;

/// <summary>A compiled rule set: immutable, shared across threads, creating cheap sessions.</summary>
public interface ISessionFactory
{
    /// <summary>The compiled rules, in name order.</summary>
    IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>Creates an empty session.</summary>
    ISession CreateSession();
}
