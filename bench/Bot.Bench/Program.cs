using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using GenYCity.Bot.Fakes;

namespace GenYCity.Bot.Bench;

/// <summary>Entry point of the delivery benchmark.</summary>
internal static class DeliveryBenchmark
{
    public static async Task Main(string[] args)
    {
        // The delivery benchmark. Part 1: a broadcast to 5,000 members at a paid allowance of 1,000 messages a
        // second, against a fake Bot API on 127.0.0.1 that answers 429 to any send over Telegram's limits, while
        // new people write to the bot. Part 2: fanning a broadcast out to 100,000 members.
        var recipients = Arg("--recipients", 5000);
        var allowance = Arg("--rate", 1000);
        var fanOut = Arg("--fan-out", 100_000);
        var postgres = Text("--postgres");
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

        Console.WriteLine($"GenYCity.Bot delivery benchmark · {Environment.ProcessorCount} cores · .NET {Environment.Version} · {(postgres is null ? "SQLite" : "PostgreSQL")}");
        Console.WriteLine();

        await using (var api = await FakeBotApi.StartAsync())
        {
            api.Limits = new RateLimitModel { PerSecond = 30, PaidPerSecond = allowance, ChatPerSecond = 1, ChatBurst = 3 };
            using var folder = new TempFolder(postgres);
            await using var bot = await BenchBot.StartAsync(api, folder, $"--Delivery:Telegram:PaidBroadcast=true", $"--Delivery:Telegram:PaidPerSecond={allowance}");
            await bot.SeedMembersAsync(recipients);

            // Warm-up, so the figures are the steady state rather than the first calls' compilation:
            // a few people write and are answered before the broadcast starts.
            for (var person = 0; person < 50; person++)
            {
                api.EnqueueUpdate(Update(800_000 + person, "/help"));
            }

            await WaitForAsync(() => api.DeliveredCount >= 50, TimeSpan.FromSeconds(30));
            var warmUp = api.DeliveredCount;
            var broadcastText = await bot.StartBroadcastAsync();

            // New people write while the broadcast drains: one every 50 ms, each answered in their own chat.
            var asked = new List<(string Chat, long At)>();
            var deliveredAll = false;
            var writer = Task.Run(async () =>
            {
                await WaitForAsync(() => api.DeliveredCount > warmUp, TimeSpan.FromSeconds(30));
                for (var person = 0; !Volatile.Read(ref deliveredAll); person++)
                {
                    var chat = 900_000 + person;
                    lock (asked)
                    {
                        asked.Add((chat.ToString(CultureInfo.InvariantCulture), Stopwatch.GetTimestamp()));
                    }

                    api.EnqueueUpdate(Update(chat, "/help"));
                    await Task.Delay(50);
                }
            });

            using var memory = MemoryWatch.Start();
            var finished = await WaitForAsync(
                () => api.DeliveredCount >= warmUp + recipients && api.Calls.Where(c => c.IsDelivered && c.Text == broadcastText).Select(c => c.ChatId).Distinct().Count() >= recipients,
                TimeSpan.FromSeconds(10 + (3.0 * recipients / allowance)));
            Volatile.Write(ref deliveredAll, true);
            await writer;
            // A moment for anything late (a duplicate, the last answers) to arrive.
            await Task.Delay(1000);
            var peak = memory.Stop();

            var calls = api.Calls;
            var broadcast = calls.Where(c => c.IsDelivered && c.Text == broadcastText).OrderBy(c => c.ReceivedAt).ToList();
            var distinct = broadcast.Select(c => c.ChatId).Distinct().Count();
            var window = Stopwatch.GetElapsedTime(broadcast[0].ReceivedAt, broadcast[^1].ReceivedAt).TotalSeconds;
            var allInWindow = calls.Count(c => c.IsDelivered && c.ReceivedAt >= broadcast[0].ReceivedAt && c.ReceivedAt <= broadcast[^1].ReceivedAt);
            var latencies = asked
                .Select(a => calls.FirstOrDefault(c => c.IsDelivered && c.ChatId == a.Chat) is { } answer ? Stopwatch.GetElapsedTime(a.At, answer.ReceivedAt).TotalMilliseconds : double.NaN)
                .ToList();
            var answered = latencies.Where(l => !double.IsNaN(l)).Order().ToList();

            Console.WriteLine($"Broadcast to {recipients:N0} members at an allowance of {allowance:N0}/s (fake Bot API enforcing the limits)");
            Console.WriteLine($"  finished                 {(finished ? "yes" : "NO (timed out)")} in {window:F2} s");
            Console.WriteLine($"  rate ÷ allowance         {(allInWindow - 1) / window / allowance:F3}  (all messages: {(allInWindow - 1) / window:F0}/s; broadcast alone {(broadcast.Count - 1) / window:F0}/s)");
            Console.WriteLine($"  429s received            {api.TooManyRequests}");
            foreach (var refused in calls.Where(c => c.Status == 429))
            {
                Console.WriteLine($"    429 at {Stopwatch.GetElapsedTime(broadcast[0].ReceivedAt, refused.ReceivedAt).TotalMilliseconds:F0} ms: {refused.Method} to {refused.ChatId}{(refused.PaidBroadcast ? " (paid)" : "")}");
            }

            if (args.Contains("--timeline"))
            {
                var buckets = broadcast.GroupBy(c => (int)(Stopwatch.GetElapsedTime(broadcast[0].ReceivedAt, c.ReceivedAt).TotalMilliseconds / 250)).OrderBy(g => g.Key);
                Console.WriteLine("  per 250 ms: " + string.Join(" ", buckets.Select(g => g.Count())));
            }

            Console.WriteLine($"  lost                     {recipients - distinct}");
            Console.WriteLine($"  duplicated               {broadcast.Count - distinct}");
            Console.WriteLine($"  replies while draining   {answered.Count} of {asked.Count} answered; p50 {Percentile(answered, 0.50):F0} ms, p99 {Percentile(answered, 0.99):F0} ms, max {(answered.Count > 0 ? answered[^1] : double.NaN):F0} ms");
            Console.WriteLine($"  peak memory              {peak.WorkingSet / 1048576.0:F0} MiB working set, {peak.Heap / 1048576.0:F0} MiB managed heap (bot and fake server in one process)");
        }

        Console.WriteLine();
        await using (var api = await FakeBotApi.StartAsync())
        {
            using var folder = new TempFolder(postgres);
            await using var bot = await BenchBot.StartAsync(api, folder);
            var seeding = Stopwatch.StartNew();
            await bot.SeedMembersAsync(fanOut);
            seeding.Stop();
            var fanning = Stopwatch.StartNew();
            await bot.StartBroadcastAsync();
            var queued = await bot.WaitUntilQueuedAsync(TimeSpan.FromMinutes(5));
            fanning.Stop();
            Console.WriteLine($"Fan-out of one broadcast to {fanOut:N0} members (members seeded in {seeding.Elapsed.TotalSeconds:F1} s)");
            Console.WriteLine($"  queued                   {queued:N0} in {fanning.Elapsed.TotalSeconds:F2} s ({queued / fanning.Elapsed.TotalSeconds:N0} rows/s)");
        }

        string? Text(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        int Arg(string name, int fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        }

        static double Percentile(List<double> sorted, double p) =>
            sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

        static async Task<bool> WaitForAsync(Func<bool> condition, TimeSpan timeout)
        {
            var clock = Stopwatch.StartNew();
            while (!condition())
            {
                if (clock.Elapsed > timeout)
                {
                    return false;
                }

                await Task.Delay(20);
            }

            return true;
        }

        static JsonObject Update(long chat, string text) => new()
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
}
