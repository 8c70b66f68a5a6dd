using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Runtime;

/// <summary>One pattern of a compiled rule: its alpha node, the join tests against earlier patterns, and how it extends a partial match.</summary>
internal abstract class PatternNode(int slot, PatternElement element)
{
    /// <summary>Where the pattern's fact sits in the match tuple.</summary>
    public int Slot { get; } = slot;

    public PatternElement Element { get; } = element;

    public AlphaNode Alpha { get; set; } = null!;

    /// <summary>An array, so that testing a join (once per candidate fact) allocates no enumerator.</summary>
    public CompiledCondition[] JoinTests { get; set; } = [];

    /// <summary>Every condition in the order written, each testing the tuple: for why-not reports.</summary>
    public IReadOnlyList<CompiledCondition> AllTests { get; set; } = [];

    /// <summary>Whether the fact now in the pattern's slot passes the join tests.</summary>
    public bool Joins(object?[] tuple)
    {
        foreach (CompiledCondition test in JoinTests)
        {
            if (!Evaluate(test, tuple))
            {
                return false;
            }
        }

        return true;
    }

    public bool Evaluate(CompiledCondition test, object?[] tuple)
    {
        try
        {
            return test.Test(tuple);
        }
        catch (Exception e)
        {
            throw new RuleEvaluationException(Alpha.Rule.Definition.Name, $"condition '{test.Element.Text}'", e);
        }
    }

    /// <summary>Extends the partial match in <paramref name="join"/> with this pattern and continues with the next.</summary>
    public abstract void Extend(Join join, int index);
}
