using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using Microsoft.Extensions.Options;

namespace GenYCity.Bot.Host.Channels.Console;

/// <summary>The console user's language, for what the console itself says: the one they chose, or before that the terminal's.</summary>
internal sealed class ConsoleLanguage(IServiceScopeFactory scopes, IOptions<ConsoleOptions> options, BotOptions bot)
{
    public async Task<ConsoleTexts> TextsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var member = await scope.ServiceProvider.GetRequiredService<IMemberRepository>().FindAsync(ChannelKind.Console, options.Value.UserId, ct);
        return ConsoleTexts.For(member?.Language ?? Languages.Guess(options.Value.ReportedLanguage, bot.Offered, bot.FallbackLanguage));
    }
}
