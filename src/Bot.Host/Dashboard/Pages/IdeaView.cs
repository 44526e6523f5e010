using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Host.Dashboard.Pages;

/// <summary>An idea as the dashboard lists it, with what coordinators see in the chat's card (the author's name included).</summary>
public sealed record IdeaView(Idea Idea, string Theme, string Status, string Author, string Channel, string AuthorLanguage, string? District)
{
    public static IdeaView Of(Idea idea, Member? author, Domain.Texts.Phrasebook t, BotOptions bot) => new(
        idea,
        bot.ThemeName(idea.ThemeKey, t.Language),
        t.Status(idea.Status),
        author is null ? t.AuthorErased : author.DisplayName ?? t.NoName(author.Id),
        idea.AuthorChannel.ToString(),
        t.LanguageName(idea.AuthorLanguage),
        idea.DistrictKey is { } district ? bot.FindDistrict(district)?.Name(t.Language) ?? district : null);
}
