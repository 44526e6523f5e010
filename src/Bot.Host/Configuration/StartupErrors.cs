using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Configuration;

public static class StartupErrors
{
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
            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
            {
                await Console.Error.WriteLineAsync($"Configuration error: {failure}");
            }

            return 2;
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync($"Configuration error: {ex.Message}");
            return 2;
        }
        catch (IOException ex) when (ex.Message.Contains("Failed to bind", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync($"Start-up error: {ex.Message} Set another address with the Urls setting (Urls=http://127.0.0.1:5081).");
            return 2;
        }
    }
}
