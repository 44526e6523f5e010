using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenYCity.Bot.Domain.Broadcasts;

/// <summary>
/// Who a broadcast goes to: a name, stored as text, that the feature sending to it defines, with the host-side
/// audience that says who they are. The bot's first audiences are here; a new capability declares its own in its
/// folder (<c>new AudienceKind("BudgetVoters")</c>) and edits nothing else.
/// </summary>
[JsonConverter(typeof(AudienceKindJson))]
public readonly record struct AudienceKind(string Name)
{
    /// <summary>Everyone who consented and keeps announcements on.</summary>
    public static readonly AudienceKind AnnouncementSubscribers = new(nameof(AnnouncementSubscribers));

    /// <summary>Everyone who answered Going or Maybe to one event.</summary>
    public static readonly AudienceKind EventAttendees = new(nameof(EventAttendees));

    /// <summary>Everyone who consented and keeps the weekly digest on.</summary>
    public static readonly AudienceKind DigestSubscribers = new(nameof(DigestSubscribers));

    /// <summary>Everyone following one idea (<see cref="Broadcast.SubjectId"/>) who keeps idea news on.</summary>
    public static readonly AudienceKind IdeaFollowers = new(nameof(IdeaFollowers));

    /// <summary>Everyone who voted in one poll (<see cref="Broadcast.SubjectId"/>).</summary>
    public static readonly AudienceKind PollVoters = new(nameof(PollVoters));

    /// <summary>The audiences in the order they had as numbers, for a draft written before they were names.</summary>
    private static readonly AudienceKind[] Numbered = [AnnouncementSubscribers, EventAttendees, DigestSubscribers, IdeaFollowers, PollVoters];

    public override string ToString() => Name;

    /// <summary>A draft's audience as its name; a draft saved while audiences were numbers is read too.</summary>
    private sealed class AudienceKindJson : JsonConverter<AudienceKind>
    {
        public override AudienceKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) && number >= 0 && number < Numbered.Length
                ? Numbered[number]
                : new(reader.GetString() ?? throw new JsonException("An audience has no name."));

        public override void Write(Utf8JsonWriter writer, AudienceKind value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
    }
}
