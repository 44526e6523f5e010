using System.Diagnostics;
using System.Net;
using GenYCity.Bot.Host.Tests.Fakes;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// The Dockerfile's build stage, step by step in a folder of its own (no container engine runs here):
/// the same files copied, the same restore and publish. What comes out carries no compiler or MSBuild
/// (EF Core's design-time package is for `dotnet ef` only) and starts.
/// </summary>
[Collection(WholeMachineCollection.Name)]
public sealed class PublishTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("genycity-publish-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task TheReleaseBuild_LeavesTheDesignTimeToolsOut_AndStarts()
    {
        var repository = Repository.Root();
        foreach (var file in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props", ".editorconfig", "appsettings.json" })
        {
            File.Copy(Path.Combine(repository, file), Path.Combine(folder, file));
        }

        CopyFolder(Path.Combine(repository, "src"), Path.Combine(folder, "src"));
        var project = Path.Combine("src", "Bot.Host", "Bot.Host.csproj");
        // No build servers: a node left running would hold this test's output pipes open.
        await RunAsync("dotnet", "restore", project, "--disable-build-servers");
        await RunAsync("dotnet", "publish", project, "--configuration", "Release", "--no-restore", "--output", "app", "--disable-build-servers", "-p:RunAnalyzers=false");

        var app = Path.Combine(folder, "app");
        var assemblies = Directory.GetFiles(app, "*.dll").Select(Path.GetFileName).ToList();
        Assert.Contains("Bot.Host.dll", assemblies);
        Assert.DoesNotContain(assemblies, a => a!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain(assemblies, a => a!.StartsWith("Microsoft.Build", StringComparison.Ordinal));
        Assert.DoesNotContain("Microsoft.EntityFrameworkCore.Design.dll", assemblies);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", await File.ReadAllTextAsync(Path.Combine(app, "Bot.Host.deps.json")), StringComparison.Ordinal);

        await StartsAndAnswersHealthAsync(app);
    }

    private async Task StartsAndAnswersHealthAsync(string app)
    {
        var port = Fakes.Ports.Free();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(app, "Bot.Host.dll"), $"--Urls=http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var deadline = Stopwatch.StartNew();
            while (true)
            {
                if (process.HasExited)
                {
                    Assert.Fail($"The published bot stopped: {await errors}");
                }

                try
                {
                    var health = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health"));
                    Assert.Equal(HttpStatusCode.OK, health.StatusCode);
                    return;
                }
                catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(60))
                {
                    await Task.Delay(200);
                }
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    private async Task RunAsync(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(cts.Token);
        var said = await Task.WhenAll(output, errors).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', arguments)} failed:\n{said[0]}\n{said[1]}");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories).Where(d => !IsBuildOutput(d)))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories).Where(f => !IsBuildOutput(f)))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }

    // As .dockerignore leaves them out.
    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");
}
