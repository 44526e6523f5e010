using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Configuration;

public static class StartupErrors
{
    /// <summary>
    /// Composes and runs the bot. A setting read while the bot is composed (the dashboard's, for its cookies) that
    /// cannot be read stops the start as one found later does: one line naming the key, and exit code 2.
    /// </summary>
    public static async Task<int> RunBotAsync(Func<WebApplication> build)
    {
        WebApplication app;
        try
        {
            app = build();
        }
        catch (Exception ex) when (ProblemIn(ex) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            return 2;
        }

        return await app.RunBotAsync();
    }

    /// <summary>
    /// Runs the bot; a configuration mistake stops the start with one line per problem, naming the
    /// key, and exit code 2, instead of a stack trace.
    /// </summary>
    public static async Task<int> RunBotAsync(this WebApplication app)
    {
        try
        {
            // Validate before the host starts, so a bad setting is reported here in one line
            // rather than logged by the host as "Hosting failed to start" with a stack trace.
            app.Services.GetService<IStartupValidator>()?.Validate();
            await Persistence.FoldedMigrations.CheckAsync(app.Services, CancellationToken.None);
            // Taken before the run: the host disposes its services when it stops.
            var background = app.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToList();
            try
            {
                await app.RunAsync();
            }
            catch (Exception) when (Failed(background) is not null)
            {
                // A service that failed while the host was still starting cancelled the start (Kestrel's bind, say):
                // the same stop as a failure later, reported the same way.
            }

            return Failed(background) is { } failed ? ReportStop(failed) : 0;
        }
        catch (Exception ex) when (ValidationFailures(ex) is { Count: > 0 } failures)
        {
            // Several sections may fail together (the start-up validator then throws them in one AggregateException).
            foreach (var failure in failures)
            {
                await Console.Error.WriteLineAsync($"Configuration error: {failure}");
            }

            return 2;
        }
        catch (Exception ex) when (ProblemIn(ex) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            return 2;
        }
    }

    private static List<string> ValidationFailures(Exception ex) => ex switch
    {
        OptionsValidationException options => [.. options.Failures],
        AggregateException all when all.InnerExceptions.All(e => e is OptionsValidationException) =>
            [.. all.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures)],
        _ => [],
    };

    private static BackgroundService? Failed(IEnumerable<BackgroundService> background) =>
        background.FirstOrDefault(s => s.ExecuteTask is { IsFaulted: true });

    /// <summary>The one line for a mistake in the settings or the machine's setup; null for anything else (a fault, with its stack trace).</summary>
    private static string? ProblemIn(Exception ex) => ex switch
    {
        InvalidOperationException when ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) =>
            $"Configuration error: {ex.Message}",
        Persistence.DatabaseTooOldException => $"Start-up error: {ex.Message}",
        IOException when ex.Message.Contains("Failed to bind", StringComparison.Ordinal) =>
            $"Start-up error: {ex.Message} Set another address with the Urls setting (Urls=http://127.0.0.1:5081).",
        _ => null,
    };

    /// <summary>
    /// A background service that ended with an exception stops the host, and RunAsync then returns as if
    /// asked to stop: the process must not exit 0 then, or a supervisor would not restart it.
    /// </summary>
    private static int ReportStop(BackgroundService failed)
    {
        Console.Error.WriteLine($"The bot stopped because {failed.GetType().Name} failed: {failed.ExecuteTask!.Exception?.InnerException?.GetType().Name}");
        return 1;
    }
}