using System.Net;
using System.Net.Sockets;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// A TCP port on 127.0.0.1 that nothing listens on right now. Another process can still take it
/// before the server binds, so callers that start servers retry with a new port when binding fails.
/// </summary>
public static class FreePort
{
    /// <summary>A port the operating system just handed out as free.</summary>
    public static int Pick()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
