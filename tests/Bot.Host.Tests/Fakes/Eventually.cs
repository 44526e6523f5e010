namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>Waits for something the bot does in the background (a row written, a message sent), failing after a time.</summary>
public static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var cts = new CancellationTokenSource(Limit);
        while (!condition())
        {
            await Task.Delay(25, cts.Token);
        }
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var cts = new CancellationTokenSource(Limit);
        while (!await condition())
        {
            await Task.Delay(25, cts.Token);
        }
    }
}
