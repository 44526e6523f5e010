namespace GenYCity.Bot.Domain.Ideas;

/// <summary>
/// A press under /ideas: a page of one order and filter, or (with <see cref="Menu"/>) the choice of a theme
/// or district. The theme and district are positions in Bot:Themes and Bot:Districts, 0 for all, so the
/// payload stays short; the seed keeps a shuffle the same from page to page.
/// </summary>
public sealed record IdeasPage(int Number, IdeaSort Sort = IdeaSort.Supported, int Theme = 0, int District = 0, int Seed = 0, string? Menu = null);
