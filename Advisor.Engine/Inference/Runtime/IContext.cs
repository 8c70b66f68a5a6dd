using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Runtime;

/// <summary>What a rule's action can do: read its match and change working memory.</summary>
public interface IContext
{
    /// <summary>The rule that is firing.</summary>
    RuleDefinition Rule { get; }

    /// <summary>The facts of the match that is firing.</summary>
    IReadOnlyList<object> Facts { get; }

    /// <summary>
    /// Inserts a fact justified by this rule and match. When an equal fact is already in working
    /// memory, this match is added as one more justification and false is returned.
    /// </summary>
    bool Insert(object fact);

    /// <summary>Inserts each fact, as <see cref="Insert"/> does.</summary>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Tells the session a fact changed, so rules re-evaluate it.</summary>
    void Update(object fact);

    /// <summary>Removes a fact; false when it was not in working memory.</summary>
    bool Retract(object fact);

    /// <summary>Stops the current <c>Fire()</c> once this rule's actions have run.</summary>
    void Halt();
}
