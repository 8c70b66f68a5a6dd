namespace Advisor.Engine.Catalog;

/// <summary>A catalog file that cannot be loaded; the message names the file, line and column.</summary>
public sealed class CatalogException(string message, Exception? inner = null) : Exception(message, inner);
