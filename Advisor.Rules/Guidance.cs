using Advisor.Engine.Inference;
using Advisor.Engine.Inference.Compilation;
using Advisor.Engine.Inference.Runtime;

namespace Advisor.Rules;

/// <summary>The guidance of GUIDANCE.md as a compiled rule set.</summary>
public static class Guidance
{
    /// <summary>Every guidance rule of this assembly.</summary>
    public static RuleRepository Load() => new RuleRepository().Load(typeof(Guidance).Assembly);

    /// <summary>Compiles every guidance rule; do it once and share the factory.</summary>
    public static ISessionFactory Compile() => Load().Compile(new SessionOptions { Phases = Phases.InOrder });
}
