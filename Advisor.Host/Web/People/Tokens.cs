using System.Security.Cryptography;
using System.Text;

namespace Advisor.Host.Web.People;

/// <summary>
/// Bearer tokens: 32 random bytes shown once, kept only as a SHA-256 hash. A fast hash is enough
/// because the token is random and long, not a password a person chose.
/// </summary>
public static class Tokens
{
    private const string Prefix = "ra_";

    /// <summary>A new token and the hash to store.</summary>
    public static (string Token, string Hash) Issue()
    {
        string token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token));
    }

    /// <summary>The stored form of <paramref name="token"/>.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>True when <paramref name="token"/> looks like one of ours; anything else is refused before the store is asked.</summary>
    public static bool LooksValid(string token) => token.Length is > 3 and < 100 && token.StartsWith(Prefix, StringComparison.Ordinal);
}
