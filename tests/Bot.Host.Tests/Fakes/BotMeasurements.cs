using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using GenYCity.Bot.Host.Telemetry;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>One measurement of one of the bot's instruments, with its tags.</summary>
public sealed record Measured(string Instrument, double Value, IReadOnlyDictionary<string, string?> Tags)
{
    public bool Has(string key, string value) => Tags.TryGetValue(key, out var found) && found == value;
}

/// <summary>
/// The measurements of one running bot's meter: meters are process-wide, and the suites run bots side by side, so it
/// listens only to the instruments of the meter that bot's own meter factory made (<see cref="Meter.Scope"/>).
/// </summary>
public sealed class BotMeasurements : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<Measured> measured = new();

    public BotMeasurements(IMeterFactory factory)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == BotTelemetry.Name && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();
    }

    /// <summary>Every measurement so far; the gauges' only after <see cref="Observe"/>.</summary>
    public IReadOnlyCollection<Measured> All => measured;

    /// <summary>Reads the gauges now, as an exporter's collection does.</summary>
    public IReadOnlyList<Measured> Observe(string instrument)
    {
        var before = measured.Count;
        listener.RecordObservableInstruments();
        return measured.Skip(before).Where(m => m.Instrument == instrument).ToList();
    }

    public double Sum(string instrument, params (string Key, string Value)[] tags) =>
        measured.Where(m => m.Instrument == instrument && tags.All(t => m.Has(t.Key, t.Value))).Sum(m => m.Value);

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags) where T : struct
    {
        var copied = new Dictionary<string, string?>();
        foreach (var tag in tags)
        {
            copied[tag.Key] = tag.Value?.ToString();
        }

        measured.Enqueue(new Measured(instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), copied));
    }

    public void Dispose() => listener.Dispose();
}
