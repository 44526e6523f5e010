using Telegram.Bot;

namespace GenYCity.Bot.Host.Channels.Telegram;

/// <summary>The bot's username, for t.me start links; learned from getMe at start, or on first need.</summary>
public sealed class TelegramBotIdentity
{
    private string? username;

    public void Remember(string? botUsername) => username = botUsername;

    /// <summary>The username once known (after getMe at start), else null.</summary>
    public string? Username => username;

    public async Task<string> UsernameAsync(ITelegramBotClient bot, CancellationToken ct) =>
        username ??= (await bot.GetMe(ct)).Username ?? throw new InvalidOperationException("The bot has no username.");
}
