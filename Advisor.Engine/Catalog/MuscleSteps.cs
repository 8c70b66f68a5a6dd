using Advisor.Engine.Assessments;

namespace Advisor.Engine.Catalog;

/// <summary>The n-th exercise that releases a tight muscle (data/releases.csv).</summary>
public sealed record ReleaseStep(Muscle Muscle, int Order, string ExerciseId, IReadOnlyList<string> Guidelines, Line Line) : IGuidelineRow;

/// <summary>The n-th exercise that activates an inactive muscle (data/activations.csv).</summary>
public sealed record ActivationStep(Muscle Muscle, int Order, string ExerciseId, IReadOnlyList<string> Guidelines, Line Line) : IGuidelineRow;

/// <summary>The n-th exercise that integrates a woken muscle into daily life (data/integrations.csv).</summary>
public sealed record IntegrationStep(Muscle Muscle, int Order, string ExerciseId, IReadOnlyList<string> Guidelines, Line Line) : IGuidelineRow;

/// <summary>The n-th exercise that strengthens a weak muscle (data/strengthening.csv).</summary>
public sealed record StrengtheningStep(Muscle Muscle, int Order, string ExerciseId, IReadOnlyList<string> Guidelines, Line Line) : IGuidelineRow;
