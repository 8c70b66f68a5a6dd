// The members are the decision tables' vocabulary (data/*.csv, column "line"), in kebab-case there.
#pragma warning disable CS1591

namespace Advisor.Engine.Catalog;

/// <summary>
/// How the guidance names an exercise among those for one muscle: first-line when it names it as
/// the thing to do (G12's Iliopsoas Release, Hip Rotation and Quadriceps Release; the first step of
/// a list or chain), interchangeable when it is one of several that help alike (G12's "help too").
/// A ranker may choose and order among the interchangeable; it keeps the first-line ones.
/// </summary>
public enum Line { FirstLine, Interchangeable }
