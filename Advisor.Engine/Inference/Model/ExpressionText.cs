using System.Linq.Expressions;
using System.Text.RegularExpressions;

namespace Advisor.Engine.Inference.Model;

/// <summary>
/// Renders an expression close to how it was written: the framework's rendering shows captured
/// variables as <c>value(Closure).name</c> and enum comparisons as conversions, which reads badly
/// in a why-not report.
/// </summary>
internal static partial class ExpressionText
{
    public static string Of(LambdaExpression expression)
    {
        string text = expression.ToString();
        text = CapturedVariable().Replace(text, "");
        text = Conversion().Replace(text, "$1");
        return text;
    }

    [GeneratedRegex(@"value\([^()]*(\([^()]*\))?[^()]*\)\.")]
    private static partial Regex CapturedVariable();

    [GeneratedRegex(@"Convert\(([^(),]+), [^()]+\)")]
    private static partial Regex Conversion();
}
