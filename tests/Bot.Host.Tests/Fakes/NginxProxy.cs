using System.Diagnostics;
using System.Net;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>
/// Debian's nginx running the committed deploy/nginx.conf, as compose's proxy container runs it: the file itself,
/// with only its two upstream servers (bot-1, bot-2) replaced by the test's instances and its port by a free one,
/// included in an http block as the nginx image's own nginx.conf includes it. It runs in the foreground as the
/// current user, with its pid, logs and temp files in a folder of its own, and is stopped on dispose.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(20);
    private readonly string nginx;
    private readonly Process process;
    private readonly string folder;

    private NginxProxy(string nginx, Process process, string folder, int port)
    {
        this.nginx = nginx;
        this.process = process;
        this.folder = folder;
        BaseUrl = $"http://127.0.0.1:{port}";
    }

    public string BaseUrl { get; }

    /// <summary>Starts nginx in front of two upstreams ("127.0.0.1:port") and returns once it answers GET /health/live.</summary>
    public static async Task<NginxProxy> StartAsync(string firstUpstream, string secondUpstream)
    {
        var nginx = Find();
        var site = await File.ReadAllTextAsync(Path.Combine(Repository.Root(), "deploy", "nginx.conf"));
        site = ReplaceOnce(site, "server bot-1:8080", $"server {firstUpstream}");
        site = ReplaceOnce(site, "server bot-2:8080", $"server {secondUpstream}");

        // A port free a moment ago may be taken before nginx binds it: then another one.
        for (var attempt = 1; ; attempt++)
        {
            var folder = Directory.CreateTempSubdirectory("genycity-nginx-").FullName;
            var port = Ports.Free();
            await File.WriteAllTextAsync(Path.Combine(folder, "default.conf"), ReplaceOnce(site, "listen 8080;", $"listen 127.0.0.1:{port};"));
            await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), MainConfiguration(folder));
            var proxy = new NginxProxy(nginx, Start(nginx, folder), folder, port);
            StopWithTheTests(proxy.process);
            try
            {
                await proxy.WaitUntilServingAsync();
                return proxy;
            }
            catch (InvalidOperationException) when (attempt < 3 && proxy.ErrorLog().Contains("Address already in use", StringComparison.Ordinal))
            {
                await proxy.DisposeAsync();
            }
            catch
            {
                await proxy.DisposeAsync();
                throw;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // "nginx -s stop" signals the master (by its pid file), which stops its worker and waits for it; should
            // that not end it in time, SIGKILL to the master and the worker, so none outlives the test.
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                using (var stop = Start(nginx, folder, "-s", "stop"))
                {
                    await stop.WaitForExitAsync(stopping.Token);
                }

                await process.WaitForExitAsync(stopping.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        process.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned with the temp folder eventually.
        }
    }

    /// <summary>What nginx logged about itself (errors, refused starts), for failure messages.</summary>
    public string ErrorLog()
    {
        var log = Path.Combine(folder, "error.log");
        return File.Exists(log) ? File.ReadAllText(log) : "(no error log)";
    }

    /// <summary>nginx from Debian's package, or the first on the PATH.</summary>
    private static string Find()
    {
        const string Debian = "/usr/sbin/nginx";
        if (File.Exists(Debian))
        {
            return Debian;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "nginx")).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx was not found at /usr/sbin/nginx or on the PATH; install the Debian package nginx (.ci/run does).");
    }

    /// <summary>What the nginx image's /etc/nginx/nginx.conf does around conf.d/default.conf, with every path in the folder.</summary>
    private static string MainConfiguration(string folder) => $$"""
        worker_processes 1;
        {{(Environment.UserName == "root" ? "user root;" : "# not root: workers run as the current user")}}
        events {
            worker_connections 256;
        }
        http {
            default_type application/octet-stream;
            access_log {{folder}}/access.log;
            client_body_temp_path {{folder}}/client_body;
            proxy_temp_path {{folder}}/proxy;
            fastcgi_temp_path {{folder}}/fastcgi;
            uwsgi_temp_path {{folder}}/uwsgi;
            scgi_temp_path {{folder}}/scgi;
            include {{folder}}/default.conf;
        }
        """;

    /// <summary>nginx with this folder's configuration, in the foreground; with a signal (-s stop) it tells the running one.</summary>
    private static Process Start(string nginx, string folder, params string[] signal)
    {
        var start = new ProcessStartInfo(nginx) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] arguments =
        [
            "-p", folder + "/",
            "-c", Path.Combine(folder, "nginx.conf"),
            "-e", Path.Combine(folder, "error.log"),
            "-g", $"daemon off; pid {Path.Combine(folder, "nginx.pid")}; error_log {Path.Combine(folder, "error.log")};",
            .. signal,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{nginx} did not start");
        // Nothing is expected on these; read so a full pipe never blocks nginx.
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    /// <summary>Should the test run end without disposing (a crash, a cancelled run), nginx goes with it.</summary>
    private static void StopWithTheTests(Process process) => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already stopped and disposed.
        }
    };

    /// <summary>Probes GET /health/live through nginx until an instance behind it answers 200.</summary>
    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        var last = "no answer";
        while (clock.Elapsed < StartLimit)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx stopped while starting (exit code {process.ExitCode}): {ErrorLog()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri($"{BaseUrl}/health/live"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"{(int)response.StatusCode}";
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                last = ex.Message;
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"nginx did not answer 200 to GET {BaseUrl}/health/live within {StartLimit.TotalSeconds} s (last: {last}): {ErrorLog()}");
    }

    private static string ReplaceOnce(string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(what, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"deploy/nginx.conf should have '{what}' once: the test puts its own address there.");
        }

        return string.Concat(text.AsSpan(0, at), with, text.AsSpan(at + what.Length));
    }
}
