using Advisor.Host.Cli;

return Commands.Root().Parse(args).Invoke();
