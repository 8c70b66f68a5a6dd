namespace Advisor.Engine.Personalization;

/// <summary>1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st.</summary>
internal static class Ordinal
{
    public static string Of(int number) => number + (number % 100 is 11 or 12 or 13 ? "th" : (number % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    });
}
