using System.Globalization;
using Advisor.Engine.Assessments;
using Advisor.Engine.Documents;
using CsvHelper;

namespace Advisor.Engine.Catalog;

/// <summary>
/// Reads one CSV file row by row, parsing fields by header name, and turns any bad value into a
/// <see cref="CatalogException"/> that names the file, the line and the column.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly string _file;
    private readonly CsvReader _csv;
    private readonly string[] _header;

    private CsvTable(string path)
    {
        _file = Path.GetFileName(path);
        _csv = CsvReader.FromFile(path, new CsvReaderOptions
        {
            Separator = ',',
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
        });
        _header = _csv.Headers.ToArray();
    }

    /// <summary>Reads every row of <paramref name="path"/> with <paramref name="row"/>, after checking the header.</summary>
    public static List<T> Load<T>(string path, IReadOnlyList<string> columns, Func<CsvTable, T> row)
    {
        if (!File.Exists(path)) throw new CatalogException($"{path}: the file is missing");
        using var table = new CsvTable(path);
        string[] missing = columns.Except(table._header).ToArray();
        if (missing.Length > 0)
            throw new CatalogException($"{table._file}, line 1: missing column(s) {string.Join(", ", missing)}");
        var rows = new List<T>();
        try
        {
            while (table._csv.Read()) rows.Add(row(table));
        }
        catch (CsvFormatException e)
        {
            throw new CatalogException($"{table._file}, line {e.LineNumber}: {e.Message}", e);
        }

        return rows;
    }

    public string Text(string column, bool required = true)
    {
        string value = _csv.GetString(column) ?? "";
        if (required && value.Length == 0) Fail(column, "is empty");
        return value;
    }

    public int Integer(string column, int min, int max)
    {
        string text = Text(column);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
            Fail(column, $"must be an integer from {min} to {max}, got '{text}'");
        return value;
    }

    public bool Boolean(string column)
    {
        string text = Text(column);
        return text switch
        {
            "true" => true,
            "false" => false,
            _ => throw Failure(column, $"must be true or false, got '{text}'"),
        };
    }

    public TEnum Value<TEnum>(string column) where TEnum : struct, Enum
    {
        string text = Text(column);
        return Kebab.TryParse(text, out TEnum value)
            ? value
            : throw Failure(column, $"must be one of {string.Join(", ", Kebab.All<TEnum>())}, got '{text}'");
    }

    /// <summary>A ';'-separated list of kebab-case values; empty allowed.</summary>
    public IReadOnlyList<TEnum> Values<TEnum>(string column) where TEnum : struct, Enum =>
        List(column).Select(text => Kebab.TryParse(text, out TEnum value)
            ? value
            : throw Failure(column, $"'{text}' is not one of {string.Join(", ", Kebab.All<TEnum>())}")).ToArray();

    /// <summary>A ';'-separated list of strings; empty allowed.</summary>
    public IReadOnlyList<string> List(string column) =>
        Text(column, required: false).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Fail(string column, string problem) => throw Failure(column, problem);

    public void Dispose() => _csv.Dispose();

    private CatalogException Failure(string column, string problem) =>
        new($"{_file}, line {_csv.LineNumber}, column {Array.IndexOf(_header, column) + 1} ({column}): {problem}");
}
