namespace Advisor.Rules.Runtime;

/// <summary>How the rules' conditions and actions become code, a choice between start and speed.</summary>
public enum RuleExpressions
{
    /// <summary>
    /// Compiled to IL, as NRules does by default: about a third of a second more to start, the
    /// fastest sessions after. For a process that answers many times: the web host, bench, simulate.
    /// </summary>
    Compiled,

    /// <summary>
    /// Interpreted by the expression interpreter of .NET: nothing to compile or JIT at start, each
    /// session slower. For a process that answers once and exits: recommend, explain, rules.
    /// </summary>
    Interpreted,
}
