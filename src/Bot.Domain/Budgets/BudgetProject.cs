using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Budgets;

/// <summary>
/// One project on a budget's ballot: its title and description in the city's languages (the first one at least),
/// its cost in whole euros, and, optionally, a photo, a district and the resident's idea it comes from.
/// The earlier project is the one with the lower number, which breaks the last tie in the results.
/// </summary>
public sealed class BudgetProject
{
    public const int MaxTitleLength = 100;
    public const int MaxDescriptionLength = 1500;

    private BudgetProject()
    {
        TitleJson = "{}";
        DescriptionJson = "{}";
    }

    public long Id { get; private set; }

    public long BudgetId { get; private set; }

    public string TitleJson { get; private set; }

    public string DescriptionJson { get; private set; }

    public long Cost { get; private set; }

    /// <summary>A photo: an address the platforms fetch (an upload on the dashboard), or the idea's own (a platform's file id).</summary>
    public string? PhotoRef { get; private set; }

    /// <summary>The channel the photo came from when it is that platform's file id; null for an address.</summary>
    public ChannelKind? PhotoChannel { get; private set; }

    public string? DistrictKey { get; private set; }

    /// <summary>The resident's idea the project comes from; null for the city's own, or once the idea is gone.</summary>
    public long? IdeaId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public LocalizedText Titles => Budget.Read(TitleJson);

    public LocalizedText Descriptions => Budget.Read(DescriptionJson);

    public string Title(Members.Language language) => Budget.In(Titles, language);

    public string Description(Members.Language language) => Budget.In(Descriptions, language);

    public string? PhotoFor(ChannelKind channel) => Photos.For(PhotoRef, PhotoChannel, channel);

    public static BudgetProject Create(long budgetId, ProjectFields fields, long? ideaId, DateTimeOffset now)
    {
        var project = new BudgetProject { BudgetId = budgetId, IdeaId = ideaId, CreatedAt = now };
        project.Set(fields);
        return project;
    }

    public void Edit(ProjectFields fields) => Set(fields);

    public void EditDescriptions(LocalizedText descriptions) => DescriptionJson = Budget.Write(descriptions);

    private void Set(ProjectFields fields)
    {
        TitleJson = Budget.Write(fields.Titles);
        DescriptionJson = Budget.Write(fields.Descriptions);
        Cost = fields.Cost;
        DistrictKey = fields.DistrictKey;
        if (fields.Photo is { } photo)
        {
            PhotoRef = photo.Ref;
            PhotoChannel = photo.From;
        }
        else if (fields.RemovePhoto)
        {
            PhotoRef = null;
            PhotoChannel = null;
        }
    }
}

/// <summary>A project's fields as a coordinator sets them; a photo left null keeps the one there, unless <see cref="RemovePhoto"/>.</summary>
public sealed record ProjectFields(LocalizedText Titles, LocalizedText Descriptions, long Cost, string? DistrictKey, Broadcasts.Photo? Photo = null, bool RemovePhoto = false);
