using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>
/// A TCP relay on 127.0.0.1 between the bots and the test run's PostgreSQL server, which a test can cut: every
/// connection through it is dropped at once and new ones are refused, as when the database server goes away,
/// until it is mended. The server itself, which the other tests share, never stops.
/// </summary>
public sealed class DatabaseOutage : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint server;
    private readonly ConcurrentDictionary<TcpClient, byte> open = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;
    private volatile bool cut;

    private DatabaseOutage(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        server = new IPEndPoint(IPAddress.Parse(builder.Host!), builder.Port);
        listener.Start();
        builder.Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        // Short waits, so a bot finds out in a moment that the database is gone, as it would with a server that refuses.
        builder.Timeout = 3;
        ConnectionString = builder.ConnectionString;
        accepting = Task.Run(AcceptAsync);
    }

    /// <summary>The database's connection string through the relay.</summary>
    public string ConnectionString { get; }

    public static DatabaseOutage For(TestDatabase database) => new(database.ConnectionString);

    /// <summary>Drops every connection and refuses new ones.</summary>
    public void Cut()
    {
        cut = true;
        foreach (var client in open.Keys)
        {
            Close(client);
        }
    }

    /// <summary>Lets connections through again.</summary>
    public void Mend() => cut = false;

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        Cut();
        try
        {
            await accepting;
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting for the next connection.
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            if (cut)
            {
                Close(client);
                continue;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var upstream = new TcpClient();
        open[client] = 0;
        open[upstream] = 0;
        try
        {
            await upstream.ConnectAsync(server);
            var from = client.GetStream();
            var to = upstream.GetStream();
            await Task.WhenAny(from.CopyToAsync(to), to.CopyToAsync(from));
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // Cut, or closed by either side.
        }
        finally
        {
            Close(client);
            Close(upstream);
        }
    }

    private void Close(TcpClient client)
    {
        open.TryRemove(client, out _);
        try
        {
            // A reset, not a polite close: what the bot meets when the server is gone.
            if (client.Client is { } socket)
            {
                socket.LingerState = new LingerOption(true, 0);
            }

            client.Close();
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // Closed already.
        }
    }
}
