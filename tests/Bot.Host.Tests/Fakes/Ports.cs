using System.Net;
using System.Net.Sockets;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>Ports for a process the test starts with an address of its own.</summary>
public static class Ports
{
    /// <summary>
    /// A port free now, below the range the system hands out for port 0, so the other tests' servers
    /// starting meanwhile cannot take it first.
    /// </summary>
    public static int Free()
    {
        while (true)
        {
            var port = Random.Shared.Next(20_000, 30_000);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }
    }
}
