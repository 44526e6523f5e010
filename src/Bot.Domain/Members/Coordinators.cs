using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Members;

/// <summary>The coordinators named in configuration as "channel:id" (for example "telegram:123456").</summary>
public sealed class Coordinators
{
    private readonly HashSet<(ChannelKind Channel, string Id)> entries;

    public Coordinators(IEnumerable<string> configured)
    {
        entries = [];
        foreach (var entry in configured)
        {
            if (!TryParse(entry, out var channel, out var id))
            {
                throw new ArgumentException($"'{entry}' is not of the form channel:id", nameof(configured));
            }

            entries.Add((channel, id));
        }
    }

    public bool Contains(ChannelKind channel, string externalId) => entries.Contains((channel, externalId));

    public IEnumerable<string> IdsOn(ChannelKind channel) =>
        entries.Where(e => e.Channel == channel).Select(e => e.Id);

    public static bool TryParse(string? entry, out ChannelKind channel, out string id)
    {
        channel = default;
        id = string.Empty;
        var colon = entry?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (entry is null || colon <= 0 || colon == entry.Length - 1)
        {
            return false;
        }

        var name = entry[..colon].Trim();
        id = entry[(colon + 1)..].Trim();
        return name.All(char.IsAsciiLetter)
            && Enum.TryParse(name, ignoreCase: true, out channel)
            && id.Length > 0;
    }
}
