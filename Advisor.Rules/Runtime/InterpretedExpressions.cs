using System.Linq.Expressions;
using NRules.Extensibility;

namespace Advisor.Rules.Runtime;

/// <summary>
/// Hands NRules interpreted delegates instead of compiled ones: building an interpreter over an
/// expression costs far less than emitting and JIT-compiling it, which is most of the start of a
/// command that runs one session.
/// </summary>
internal sealed class InterpretedExpressions : IExpressionCompiler
{
    /// <inheritdoc />
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate => expression.Compile(preferInterpretation: true);
}
