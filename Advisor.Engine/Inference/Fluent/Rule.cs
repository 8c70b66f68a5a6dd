using Advisor.Engine.Inference.Runtime;

namespace Advisor.Engine.Inference.Fluent;

/// <summary>
/// A production rule written in the fluent DSL: <see cref="Define"/> states what must match
/// (<see cref="When"/>) and what to do about each match (<see cref="Then"/>).
/// </summary>
public abstract class Rule
{
    private LeftHandSide? _when;
    private RightHandSide? _then;

    /// <summary>States the rule's conditions and actions. Called once, when the rule is loaded.</summary>
    public abstract void Define();

    /// <summary>The left-hand side: the patterns a match must satisfy.</summary>
    protected ILeftHandSide When() => _when ??= new LeftHandSide();

    /// <summary>The right-hand side: what to do for each match.</summary>
    protected IRightHandSide Then() => _then ??= new RightHandSide();

    internal (LeftHandSide When, RightHandSide Then) Capture()
    {
        _when = null;
        _then = null;
        Define();
        return (_when ?? new LeftHandSide(), _then ?? new RightHandSide());
    }
}
