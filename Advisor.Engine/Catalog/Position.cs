// The members are the catalog's vocabulary (data/exercises.csv), in kebab-case there.
#pragma warning disable CS1591

namespace Advisor.Engine.Catalog;

/// <summary>The body's position for an exercise.</summary>
public enum Position { Floor, Seated, Standing }
