using System.Globalization;
using GenYCity.Bot.Domain;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace GenYCity.Bot.Host.Channels.Telegram;

/// <summary>
/// Registers the "/" command menu in each language (setMyCommands), and the full list including
/// coordinators' commands in each coordinator's own chat.
/// </summary>
internal sealed class TelegramCommandMenu(ITelegramBotClient bot, Coordinators coordinators, BotOptions options)
{
    public async Task RegisterAsync(CancellationToken ct)
    {
        var coordinatorChats = coordinators.IdsOn(ChannelKind.Telegram)
            .Select(id => long.TryParse(id, CultureInfo.InvariantCulture, out var chat) ? chat : (long?)null)
            .OfType<long>()
            .ToList();

        foreach (var language in options.Offered)
        {
            await bot.SetMyCommands(Commands(language, coordinator: false), BotCommandScope.Default(), language.Code, ct);
            foreach (var chat in coordinatorChats)
            {
                await bot.SetMyCommands(Commands(language, coordinator: true), BotCommandScope.Chat(chat), language.Code, ct);
            }
        }

        // For people whose Telegram language is none of ours: the city's default language.
        await bot.SetMyCommands(Commands(options.FallbackLanguage, coordinator: false), BotCommandScope.Default(), cancellationToken: ct);
        foreach (var chat in coordinatorChats)
        {
            await bot.SetMyCommands(Commands(options.FallbackLanguage, coordinator: true), BotCommandScope.Chat(chat), cancellationToken: ct);
        }
    }

    private static List<BotCommand> Commands(Language language, bool coordinator)
    {
        var phrases = Phrasebook.For(language);
        return CommandCatalog.AvailableTo(coordinator)
            .Select(c => new BotCommand(c.Name, c.Description(phrases)))
            .ToList();
    }
}
