using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>
/// Waits for something the bot does in the background (a row written, a message sent), and, when it gives up,
/// says what it waited for: the condition as written in the test, or the words the test gives.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    public static Task WaitUntilAsync(Func<bool> condition, string? what = null, [CallerArgumentExpression(nameof(condition))] string expression = "") =>
        WaitUntilAsync(() => Task.FromResult(condition()), what ?? expression);

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string? what = null, [CallerArgumentExpression(nameof(condition))] string expression = "")
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var left = Limit - waited.Elapsed;
            try
            {
                // A condition that never answers (a query stuck behind a lock) gives up with the rest.
                if (left > TimeSpan.Zero && await condition().WaitAsync(left))
                {
                    return;
                }
            }
            catch (TimeoutException)
            {
                // Said below, as any other wait that gives up.
            }

            if (waited.Elapsed >= Limit)
            {
                throw new TimeoutException($"Waited {Limit.TotalSeconds:0} s for {what ?? expression}, in vain.");
            }

            await Task.Delay(25);
        }
    }
}
