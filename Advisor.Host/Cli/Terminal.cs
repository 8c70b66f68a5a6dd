using Spectre.Console;

namespace Advisor.Host.Cli;

/// <summary>
/// Where the command line writes. On a terminal: colour and wrapping at its width. Anywhere else
/// (a pipe, a file): plain text and no wrapping, so nothing downstream sees escape codes or a line
/// broken in the middle of an id. NO_COLOR turns colour off everywhere; FORCE_COLOR turns it on
/// off a terminal, and NO_COLOR wins.
/// </summary>
internal static class Terminal
{
    // Wide enough that no line of ours is ever wrapped off a terminal.
    private const int Unwrapped = 10_000;

    /// <summary>The console for this process's standard output.</summary>
    public static IAnsiConsole Create()
    {
        bool terminal = !Console.IsOutputRedirected;
        bool colour = !IsSet("NO_COLOR") && (terminal || IsSet("FORCE_COLOR"));
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        if (!terminal) console.Profile.Width = Unwrapped;
        return console;
    }

    // https://no-color.org: set and not empty.
    private static bool IsSet(string variable) => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable));
}
