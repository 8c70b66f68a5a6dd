using Advisor.Engine.Inference.Diagnostics;

namespace Advisor.Engine.Inference.Runtime;

/// <summary>
/// A working memory and an agenda over a compiled rule set. Cheap to create; one per request or
/// per thread, since a session is not safe to use from several threads at once.
/// </summary>
public interface ISession
{
    /// <summary>What happens in this session.</summary>
    SessionEvents Events { get; }

    /// <summary>True when the last <c>Fire()</c> was stopped by a rule calling <see cref="IContext.Halt"/>.</summary>
    bool IsHalted { get; }

    /// <summary>Inserts a fact; false when an equal fact is already in working memory.</summary>
    bool Insert(object fact);

    /// <summary>Inserts each fact in order.</summary>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Tells the session a fact changed, so rules re-evaluate it.</summary>
    void Update(object fact);

    /// <summary>Removes a fact; false when it was not in working memory.</summary>
    bool Retract(object fact);

    /// <summary>Fires activations until none is left or a rule halts; returns how many fired.</summary>
    int Fire();

    /// <summary>The facts of type <typeparamref name="T"/> in working memory, oldest first.</summary>
    IReadOnlyList<T> Query<T>();

    /// <summary>Why a fact is in working memory, back to the facts the caller inserted.</summary>
    Explanation Explain(object fact);

    /// <summary>For a rule, which of its conditions keeps it from matching now (the "why not").</summary>
    RuleDiagnosis WhyNot(string rule);
}
