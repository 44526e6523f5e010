using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using GenYCity.Bot.Fakes;

namespace GenYCity.Bot.Bench;

/// <summary>
/// The delivery benchmark. The real bot runs in a process of its own against a fake Bot API on 127.0.0.1.
/// Part 1: a broadcast to 5,000 members at a paid allowance of 1,000 messages a second while people write
/// to the bot, against the lenient model of Telegram's limits and against the strict one (a sliding second
/// overall, a second between any two sends to a chat). Part 2: 5,000 people write /start at once to a bot just
/// started (cold), and then to one that has run a while, with the send limits lifted: how many updates a second are
/// handled, committed and answered. Part 3: fanning a broadcast out to 100,000 members.
/// </summary>
internal static class DeliveryBenchmark
{
    public static async Task Main(string[] args)
    {
        var options = new BenchOptions(args);
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        Console.WriteLine($"GenYCity.Bot delivery benchmark · {Environment.ProcessorCount} cores · .NET {Environment.Version} · {(options.Postgres is null ? "SQLite" : "PostgreSQL")}");
        Console.WriteLine();

        if (options.Runs("lenient"))
        {
            await BroadcastAsync(options, strict: false);
        }

        if (options.Runs("strict"))
        {
            await BroadcastAsync(options, strict: true);
        }

        if (options.Runs("cold"))
        {
            await InboundBenchmark.RunAsync(options, cold: true);
        }

        if (options.Runs("inbound"))
        {
            await InboundBenchmark.RunAsync(options, cold: false);
        }

        if (options.Runs("fanout"))
        {
            await FanOutAsync(options);
        }

        if (options.Runs("similar"))
        {
            SimilarIdeasBenchmark.Run();
        }
    }

    private static async Task BroadcastAsync(BenchOptions options, bool strict)
    {
        var (recipients, allowance) = (options.Recipients, options.Allowance);
        await using var api = await FakeBotApi.StartAsync();
        api.Limits = new RateLimitModel { PerSecond = 30, PaidPerSecond = allowance, ChatPerSecond = 1, ChatBurst = 3, Strict = strict };
        using var folder = new TempFolder(options.Postgres);
        await using var bot = await BenchBot.StartAsync(api, folder, ["--Delivery:Telegram:PaidBroadcast=true", $"--Delivery:Telegram:PaidPerSecond={allowance}", .. options.BotSettings]);
        const long FirstMember = 100_000;
        var atStart = bot.ResidentBytes();
        await bot.SeedMembersAsync(recipients, FirstMember);

        // Warm-up, so the figures are the steady state rather than the first calls' compilation:
        // a few people write and are answered before the broadcast starts.
        for (var person = 0; person < 50; person++)
        {
            api.EnqueueUpdate(Update(800_000 + person, "/help"));
        }

        await WaitForAsync(() => api.DeliveredCount >= 50, TimeSpan.FromSeconds(30));
        var warmUp = api.DeliveredCount;
        var broadcastText = await bot.StartBroadcastAsync();

        // People write while the broadcast drains, one every 50 ms, each answered in their own chat: four in
        // five are new, the fifth is the member the broadcast reached last, who must wait for the second
        // their chat is owed.
        var asked = new List<(string Chat, long At, bool Member)>();
        var deliveredAll = false;
        var writer = Task.Run(async () =>
        {
            await WaitForAsync(() => api.DeliveredCount > warmUp, TimeSpan.FromSeconds(30));
            var members = new HashSet<string>();
            for (var person = 0; !Volatile.Read(ref deliveredAll); person++)
            {
                var chat = (900_000 + person).ToString(CultureInfo.InvariantCulture);
                var member = person % 5 == 4 && api.LastDeliveredChat is { } last && long.Parse(last, CultureInfo.InvariantCulture) is >= FirstMember and < 800_000 && members.Add(last);
                if (member)
                {
                    chat = api.LastDeliveredChat!;
                }

                lock (asked)
                {
                    asked.Add((chat, Stopwatch.GetTimestamp(), member));
                }

                api.EnqueueUpdate(Update(long.Parse(chat, CultureInfo.InvariantCulture), "/help"));
                await Task.Delay(50);
            }
        });

        var finished = await WaitForAsync(
            () => api.ChatsReached >= warmUp + recipients && api.Calls.Where(c => c.IsDelivered && c.Text == broadcastText).Select(c => c.ChatId).Distinct().Count() >= recipients,
            TimeSpan.FromSeconds(10 + (3.0 * recipients / allowance)),
            every: TimeSpan.FromMilliseconds(200));
        Volatile.Write(ref deliveredAll, true);
        await writer;
        // A moment for anything late (a duplicate, the last answers) to arrive.
        await Task.Delay(1500);
        var peak = bot.PeakResidentBytes();

        var calls = api.Calls;
        var broadcast = calls.Where(c => c.IsDelivered && c.Text == broadcastText).OrderBy(c => c.ReceivedAt).ToList();
        var distinct = broadcast.Select(c => c.ChatId).Distinct().Count();
        var window = Stopwatch.GetElapsedTime(broadcast[0].ReceivedAt, broadcast[^1].ReceivedAt).TotalSeconds;
        var allInWindow = calls.Count(c => c.IsDelivered && c.ReceivedAt >= broadcast[0].ReceivedAt && c.ReceivedAt <= broadcast[^1].ReceivedAt);
        var answers = calls.Where(c => c.IsDelivered && c.Text != broadcastText).ToLookup(c => c.ChatId!);
        var latencies = asked
            .Select(a => (a.Member, Latency: answers[a.Chat].FirstOrDefault(c => c.ReceivedAt > a.At) is { } answer ? Stopwatch.GetElapsedTime(a.At, answer.ReceivedAt).TotalMilliseconds : double.NaN))
            .ToList();
        var answered = Sorted(latencies.Select(l => l.Latency));
        var sends = calls.Count(c => c.IsSend);

        Console.WriteLine($"Broadcast to {recipients:N0} members at an allowance of {allowance:N0}/s, fake Bot API enforcing the {(strict ? "strict" : "lenient")} model of the limits");
        Console.WriteLine($"  finished                 {(finished ? "yes" : "NO (timed out)")} in {window:F2} s");
        Console.WriteLine($"  rate ÷ allowance         {(broadcast.Count - 1) / window / allowance:F3} broadcast alone ({(broadcast.Count - 1) / window:F0}/s); {(allInWindow - 1) / window / allowance:F3} all messages ({(allInWindow - 1) / window:F0}/s)");
        Console.WriteLine($"  429s received            {api.TooManyRequests} ({api.TooManyRequests * 1000.0 / Math.Max(1, sends):F2} per 1,000 sends)");
        foreach (var refused in calls.Where(c => c.Status == 429).Take(20))
        {
            Console.WriteLine($"    429 at {Stopwatch.GetElapsedTime(broadcast[0].ReceivedAt, refused.ReceivedAt).TotalMilliseconds:F0} ms: {refused.Method} to {refused.ChatId}{(refused.PaidBroadcast ? " (paid)" : "")}");
        }

        if (options.Timeline)
        {
            var buckets = broadcast.GroupBy(c => (int)(Stopwatch.GetElapsedTime(broadcast[0].ReceivedAt, c.ReceivedAt).TotalMilliseconds / 250)).OrderBy(g => g.Key);
            Console.WriteLine("  per 250 ms: " + string.Join(" ", buckets.Select(g => g.Count())));
        }

        Console.WriteLine($"  lost                     {recipients - distinct}");
        Console.WriteLine($"  duplicated               {broadcast.Count - distinct}");
        Console.WriteLine($"  replies while draining   {answered.Count} of {asked.Count} answered; {Figures(answered)}");
        Console.WriteLine($"    from new people        {Figures(Sorted(latencies.Where(l => !l.Member).Select(l => l.Latency)))}");
        Console.WriteLine($"    from members just sent {Figures(Sorted(latencies.Where(l => l.Member).Select(l => l.Latency)))}");
        Console.WriteLine($"  bot's peak memory        {peak / 1048576.0:F0} MiB resident (the bot's own process; {atStart / 1048576.0:F0} MiB once started)");
        if (options.Verbose)
        {
            bot.Output.ToList().ForEach(line => Console.WriteLine("  bot: " + line));
        }

        Console.WriteLine();
    }

    private static async Task FanOutAsync(BenchOptions options)
    {
        await using var api = await FakeBotApi.StartAsync();
        using var folder = new TempFolder(options.Postgres);
        await using var bot = await BenchBot.StartAsync(api, folder);
        // Warm-up: a first broadcast to 5,000, so the figure is the bot's steady state, not its first compilation.
        const int Warm = 5000;
        await bot.SeedMembersAsync(Warm);
        await bot.StartBroadcastAsync();
        await bot.WaitUntilQueuedAsync(TimeSpan.FromMinutes(1));
        var seeding = Stopwatch.StartNew();
        await bot.SeedMembersAsync(options.FanOut - Warm, 100_000 + Warm);
        seeding.Stop();
        var fanning = Stopwatch.StartNew();
        await bot.StartBroadcastAsync();
        var queued = await bot.WaitUntilQueuedAsync(TimeSpan.FromMinutes(5));
        fanning.Stop();
        Console.WriteLine($"Fan-out of one broadcast to {options.FanOut:N0} members (members seeded in {seeding.Elapsed.TotalSeconds:F1} s)");
        Console.WriteLine($"  queued                   {queued:N0} in {fanning.Elapsed.TotalSeconds:F2} s ({queued / fanning.Elapsed.TotalSeconds:N0} rows/s)");
        Console.WriteLine($"  bot's peak memory        {bot.PeakResidentBytes() / 1048576.0:F0} MiB resident");
    }

    public static List<double> Sorted(IEnumerable<double> values) => values.Where(v => !double.IsNaN(v)).Order().ToList();

    public static string Figures(List<double> sorted) =>
        sorted.Count == 0 ? "none" : $"p50 {Percentile(sorted, 0.50):F0} ms, p99 {Percentile(sorted, 0.99):F0} ms, max {sorted[^1]:F0} ms ({sorted.Count})";

    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static async Task<bool> WaitForAsync(Func<bool> condition, TimeSpan timeout, TimeSpan? every = null)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(every ?? TimeSpan.FromMilliseconds(20));
        }

        return true;
    }

    public static JsonObject Update(long chat, string text) => new()
    {
        ["message"] = new JsonObject
        {
            ["message_id"] = 1,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chat, ["type"] = "private", ["first_name"] = "Bench" },
            ["from"] = new JsonObject { ["id"] = chat, ["is_bot"] = false, ["first_name"] = "Bench", ["language_code"] = "lv" },
            ["text"] = text,
        },
    };
}

/// <summary>The command line: <c>--parts lenient,strict,cold,inbound,fanout,similar</c> (all by default), sizes, <c>--postgres</c>.</summary>
internal sealed class BenchOptions(string[] args)
{
    private readonly string[] parts = (Text("--parts", args) ?? "lenient,strict,cold,inbound,fanout,similar").Split(',');

    public int Recipients => Number("--recipients", 5000);

    public int Allowance => Number("--rate", 1000);

    public int FanOut => Number("--fan-out", 100_000);

    public int Inbound => Number("--inbound", 5000);

    public int InboundRate => Number("--inbound-rate", 1000);

    /// <summary>Updates handled before the burst: the runtime optimises a method only after it has run a while.</summary>
    public int InboundWarmUp => Number("--inbound-warm-up", 10_000);

    public string? Postgres => Text("--postgres", args);

    public bool Timeline => args.Contains("--timeline");

    /// <summary>Prints what the bot wrote (its warnings and errors) after each part.</summary>
    public bool Verbose => args.Contains("--verbose");

    /// <summary>Settings passed on to the bot: <c>--bot Delivery:MaxInFlight=128</c>, as often as needed.</summary>
    public IEnumerable<string> BotSettings => args.Select((a, i) => (a, i)).Where(x => x.a == "--bot" && x.i + 1 < args.Length).Select(x => "--" + args[x.i + 1]);

    /// <summary>With --strict only the strict broadcast runs, with --lenient only the lenient one (as before).</summary>
    public bool Runs(string part) =>
        args.Contains("--strict") ? part == "strict" : args.Contains("--lenient") ? part == "lenient" : parts.Contains(part);

    private int Number(string name, int fallback) => Text(name, args) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? Text(string name, string[] args)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
