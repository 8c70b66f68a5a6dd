using System.Linq.Expressions;

namespace Advisor.Engine.Inference.Fluent;

/// <summary>The patterns of a rule, written in order; later patterns may join on earlier ones.</summary>
public interface ILeftHandSide
{
    /// <summary>
    /// Matches each fact of <typeparamref name="TFact"/> that satisfies every condition, and binds
    /// it to the captured variable <paramref name="alias"/> so later patterns and actions can use it.
    /// </summary>
    ILeftHandSide Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Matches each fact of <typeparamref name="TFact"/> that satisfies every condition, without binding it.</summary>
    ILeftHandSide Match<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Satisfied once when at least one fact of <typeparamref name="TFact"/> satisfies every condition.</summary>
    ILeftHandSide Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Satisfied when no fact of <typeparamref name="TFact"/> satisfies every condition.</summary>
    ILeftHandSide Not<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Binds the list of all facts of <typeparamref name="TFact"/> that satisfy every condition (possibly empty).</summary>
    ILeftHandSide Collect<TFact>(Expression<Func<IReadOnlyList<TFact>>> alias, params Expression<Func<TFact, bool>>[] conditions);
}
