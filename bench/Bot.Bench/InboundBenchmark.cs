using System.Diagnostics;
using System.Globalization;
using GenYCity.Bot.Fakes;
using static GenYCity.Bot.Bench.DeliveryBenchmark;

namespace GenYCity.Bot.Bench;

/// <summary>
/// Inbound: people write /start, each from a chat of their own, with the send limits lifted, so what is
/// measured is how fast updates are handled, committed and answered. First a burst (all queued at once at
/// the fake Bot API, fetched 100 to a getUpdates call), then a steady stream at a rate well under it, where
/// the time from an update's arrival at the Bot API to its answer's arrival there is the figure. Cold: the burst
/// meets a bot that has just started (its process started and answering /health/live, nothing handled yet), as a
/// bot restarting after an outage meets the backlog Telegram hands it at once.
/// </summary>
internal static class InboundBenchmark
{
    public static async Task RunAsync(BenchOptions options, bool cold)
    {
        var warm = cold ? 0 : options.InboundWarmUp;
        await using var api = await FakeBotApi.StartAsync();
        using var folder = new TempFolder(options.Postgres);
        var starting = Stopwatch.StartNew();
        await using var bot = await BenchBot.StartAsync(
            api,
            folder,
            ["--Delivery:Telegram:PerSecond=1000000", "--Delivery:Telegram:ChatBurst=1000", "--Delivery:Telegram:ChatPerSecond=1000", .. options.BotSettings]);
        var ready = starting.Elapsed;
        var startMemory = bot.ResidentBytes();
        var next = 600_000L;

        // Warm-up, so the figures are the steady state of a bot that has been running a while rather than the
        // first calls' compilation: the runtime optimises a method only after it has run a while, and under
        // load that takes thousands of updates (after 3,000 the bot handled about 1,400 a second, after
        // 10,000 about 2,100).
        if (warm > 0)
        {
            await WriteAsync(warm);
            await WaitForAsync(() => api.ChatsReached >= warm, TimeSpan.FromSeconds(60));
        }

        var reached = api.ChatsReached;

        // The burst.
        var burst = options.Inbound;
        var first = next;
        var committed = 0L;
        var start = Stopwatch.GetTimestamp();
        await WriteAsync(burst);
        var counting = Task.Run(async () =>
        {
            while (await bot.CountProcessedUpdatesAsync() < warm + burst && Stopwatch.GetElapsedTime(start) < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(10);
            }

            Volatile.Write(ref committed, Stopwatch.GetTimestamp());
        });
        var done = await WaitForAsync(() => api.ChatsReached >= reached + burst, TimeSpan.FromMinutes(2));
        await counting;
        var answeredAt = Enumerable.Range(0, burst).Select(i => api.FirstDeliveryTo((first + i).ToString(CultureInfo.InvariantCulture))).Where(t => t is not null).Select(t => t!.Value).ToList();
        var lastAnswer = answeredAt.Count > 0 ? answeredAt.Max() : start;
        var burstLatency = Sorted(answeredAt.Select(t => Stopwatch.GetElapsedTime(start, t).TotalMilliseconds));

        if (cold)
        {
            Console.WriteLine($"Cold start: {burst:N0} people write /start at once to a bot just started (send limits lifted)");
            Console.WriteLine($"  started                  answering in {ready.TotalSeconds:F2} s ({startMemory / 1048576.0:F0} MiB resident)");
            Report(done, burst, start, committed, answeredAt, lastAnswer, burstLatency);
            if (options.Timeline)
            {
                var buckets = answeredAt.GroupBy(t => (int)(Stopwatch.GetElapsedTime(start, t).TotalMilliseconds / 250)).OrderBy(g => g.Key);
                Console.WriteLine("  answered per 250 ms: " + string.Join(" ", buckets.Select(g => $"{g.Key * 250}:{g.Count()}")));
            }

            Console.WriteLine($"  bot's peak memory        {bot.PeakResidentBytes() / 1048576.0:F0} MiB resident");
            Console.WriteLine();
            return;
        }

        // The steady stream: the offered rate, in slices of 10 ms, for five seconds.
        var rate = options.InboundRate;
        reached = api.ChatsReached;
        var asked = new List<(string Chat, long At)>();
        var clock = Stopwatch.StartNew();
        var sent = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            var due = (int)(clock.Elapsed.TotalSeconds * rate) - sent;
            for (var i = 0; i < due; i++, sent++)
            {
                var chat = next++;
                asked.Add((chat.ToString(CultureInfo.InvariantCulture), Stopwatch.GetTimestamp()));
                api.EnqueueUpdate(Update(chat, "/start"));
            }

            await Task.Delay(10);
        }

        await WaitForAsync(() => api.ChatsReached >= reached + sent, TimeSpan.FromMinutes(1));
        var steady = Sorted(asked.Select(a => api.FirstDeliveryTo(a.Chat) is { } at ? Stopwatch.GetElapsedTime(a.At, at).TotalMilliseconds : double.NaN));
        var peak = bot.PeakResidentBytes();

        Console.WriteLine($"Inbound: {burst:N0} people write /start at once (send limits lifted), after {warm:N0} others");
        Report(done, burst, start, committed, answeredAt, lastAnswer, burstLatency);
        Console.WriteLine($"  steady {rate:N0}/s for 5 s      arrival to answer {Figures(steady)}");
        Console.WriteLine($"  bot's peak memory        {peak / 1048576.0:F0} MiB resident");
        if (options.Verbose)
        {
            bot.Output.ToList().ForEach(line => Console.WriteLine("  bot: " + line));
        }

        Console.WriteLine();

        static void Report(bool done, int burst, long start, long committed, List<long> answeredAt, long lastAnswer, List<double> latency)
        {
            Console.WriteLine($"  finished                 {(done ? "yes" : "NO (timed out)")}");
            Console.WriteLine($"  handled and committed    {burst / Stopwatch.GetElapsedTime(start, Volatile.Read(ref committed)).TotalSeconds:N0} updates/s");
            Console.WriteLine($"  answered                 {answeredAt.Count / Stopwatch.GetElapsedTime(start, lastAnswer).TotalSeconds:N0} updates/s ({answeredAt.Count:N0} answered); arrival to answer {Figures(latency)}");
        }

        async Task WriteAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                api.EnqueueUpdate(Update(next++, "/start"));
            }

            await Task.Yield();
        }
    }
}
