namespace GenYCity.Bot.Domain.Translation;

/// <summary>Translate or Original under an idea (its page is 0) or a page of its thread.</summary>
public sealed record TranslatePress(string What, long IdeaId, int Page = 0);
