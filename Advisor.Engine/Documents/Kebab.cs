using System.Collections.Frozen;
using System.Text.Json;

namespace Advisor.Engine.Documents;

/// <summary>The contract's kebab-case names for enum values, both ways.</summary>
public static class Kebab
{
    /// <summary>The kebab-case name of <paramref name="value"/>, such as "upper-back".</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => Names<TEnum>.ByValue[value];

    /// <summary>Parses a kebab-case name; false for anything else (case matters).</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum =>
        Names<TEnum>.ByName.TryGetValue(text ?? "", out value);

    /// <summary>Every kebab-case name of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum => Names<TEnum>.Ordered;

    private static class Names<TEnum> where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<string> Ordered =
            Enum.GetValues<TEnum>().Select(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString())).ToArray();

        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().Zip(Ordered).ToFrozenDictionary(p => p.First, p => p.Second);

        public static readonly FrozenDictionary<string, TEnum> ByName =
            Enum.GetValues<TEnum>().Zip(Ordered).ToFrozenDictionary(p => p.Second, p => p.First, StringComparer.Ordinal);
    }
}
