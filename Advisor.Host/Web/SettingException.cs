namespace Advisor.Host.Web;

/// <summary>A setting with a value the host cannot use; its message names the setting and what it accepts. The host stops with exit code 2.</summary>
public sealed class SettingException(string message) : Exception(message);
