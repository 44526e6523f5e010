namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>A resident's way through /idea in the chat: title, text, the environment theme, no photo, no place, Submit.</summary>
public static class IdeaSubmission
{
    /// <summary>
    /// After the description: the themes, or first the published ideas like this one (when another test of the
    /// same database published one), which "Mine is different" goes past.
    /// </summary>
    public static async Task<ApiCall> PastSimilarIdeasAsync(this TelegramUser author)
    {
        var next = await author.NextAsync(c => c.Payloads.Any(p => p.StartsWith("idea:theme:", StringComparison.Ordinal)) || c.Payloads.Contains("idea:different"));
        if (!next.Payloads.Contains("idea:different"))
        {
            return next;
        }

        author.Presses("idea:different");
        return await author.NextAsync(c => c.Payloads.Any(p => p.StartsWith("idea:theme:", StringComparison.Ordinal)));
    }

    public static async Task SubmitsIdeaAsync(this TelegramUser author, string title, string description = "Lai jauniešiem būtu kur satikties.")
    {
        author.Says("/idea");
        await author.NextAsync();
        author.Says(title);
        await author.NextAsync();
        author.Says(description);
        await author.PastSimilarIdeasAsync();
        author.Presses("idea:theme:environment");
        await author.NextAsync(c => c.Payloads.Contains("idea:skip"));
        author.Presses("idea:skip");
        await author.NextAsync(c => (c.Text ?? "").StartsWith("📍", StringComparison.Ordinal));
        author.Presses("idea:skip");
        var preview = await author.NextAsync(c => c.Payloads.Any(p => p.StartsWith("idea:submit:", StringComparison.Ordinal)));
        author.Presses(preview.Payloads.First(p => p.StartsWith("idea:submit:", StringComparison.Ordinal)));
        await author.NextAsync(c => c.Text?.StartsWith("🎉", StringComparison.Ordinal) == true);
    }
}
