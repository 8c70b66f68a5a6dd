using System.Linq.Expressions;
using Advisor.Engine.Inference.Runtime;

namespace Advisor.Engine.Inference.Fluent;

/// <summary>The actions of a rule, run in order for each match that fires.</summary>
public interface IRightHandSide
{
    /// <summary>Runs <paramref name="action"/>, which may read the rule's variables and change working memory through the context.</summary>
    IRightHandSide Do(Expression<Action<IContext>> action);
}
