namespace Advisor.Engine.Inference.Model;

/// <summary>Visits each kind of pattern; the compiler is one.</summary>
public interface IPatternVisitor<out TResult>
{
    /// <summary>Visits a <see cref="MatchElement"/>.</summary>
    TResult VisitMatch(MatchElement element);

    /// <summary>Visits an <see cref="ExistsElement"/>.</summary>
    TResult VisitExists(ExistsElement element);

    /// <summary>Visits a <see cref="NotElement"/>.</summary>
    TResult VisitNot(NotElement element);

    /// <summary>Visits a <see cref="CollectElement"/>.</summary>
    TResult VisitCollect(CollectElement element);
}
