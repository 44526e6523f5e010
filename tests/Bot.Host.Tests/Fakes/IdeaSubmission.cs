namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>A resident's way through /idea in the chat: title, text, the environment theme, no photo, no place, Submit.</summary>
public static class IdeaSubmission
{
    public static async Task SubmitsIdeaAsync(this TelegramUser author, string title, string description = "Lai jauniešiem būtu kur satikties.")
    {
        author.Says("/idea");
        await author.NextAsync();
        author.Says(title);
        await author.NextAsync();
        author.Says(description);
        await author.NextAsync(c => c.Payloads.Count > 2);
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
