using System.Linq.Expressions;
using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Fluent;

internal sealed class LeftHandSide : ILeftHandSide
{
    private readonly List<Func<string, PatternElement>> _patterns = [];

    public ILeftHandSide Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions)
    {
        _patterns.Add(rule => new MatchElement(typeof(TFact), Alias.Declare(rule, alias), Conditions(conditions)));
        return this;
    }

    public ILeftHandSide Match<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        _patterns.Add(_ => new MatchElement(typeof(TFact), null, Conditions(conditions)));
        return this;
    }

    public ILeftHandSide Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        _patterns.Add(_ => new ExistsElement(typeof(TFact), Conditions(conditions)));
        return this;
    }

    public ILeftHandSide Not<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        _patterns.Add(_ => new NotElement(typeof(TFact), Conditions(conditions)));
        return this;
    }

    public ILeftHandSide Collect<TFact>(Expression<Func<IReadOnlyList<TFact>>> alias, params Expression<Func<TFact, bool>>[] conditions)
    {
        _patterns.Add(rule => new CollectElement(typeof(TFact), Alias.Declare(rule, alias), Conditions(conditions)));
        return this;
    }

    /// <summary>Builds the pattern elements; deferred so errors can name the rule.</summary>
    public IReadOnlyList<PatternElement> Build(string rule) => _patterns.Select(build => build(rule)).ToArray();

    private static ConditionElement[] Conditions(LambdaExpression[] conditions) =>
        conditions.Select(c => new ConditionElement(c)).ToArray();
}
