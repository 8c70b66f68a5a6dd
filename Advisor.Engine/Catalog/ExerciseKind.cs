// The members are the catalog's vocabulary (data/exercises.csv), in kebab-case there.
#pragma warning disable CS1591

namespace Advisor.Engine.Catalog;

/// <summary>What an exercise mainly does.</summary>
public enum ExerciseKind { Release, Activate, Integrate, Strengthen, Mobility, Desk }
