using Advisor.Host.Cli;
using Advisor.Host.Web;

// A verb (recommend, explain, rules, exercises, …) or a request for help runs the command line;
// anything else, including no arguments at all, serves the page and the API.
if (args.Length > 0 && (!args[0].StartsWith('-') || args[0] is "-h" or "--help" or "-?" or "--version"))
{
    return Commands.Root().Parse(args).Invoke();
}

return await AdvisorWeb.RunAsync(args);

/// <summary>The entry point, visible to tests that host the app in memory.</summary>
public partial class Program;
