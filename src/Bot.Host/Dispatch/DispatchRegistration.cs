using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Digest;
using GenYCity.Bot.Domain.Exports;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Onboarding;
using GenYCity.Bot.Domain.Preferences;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Domain.Stats;
using GenYCity.Bot.Host.Channels.Messenger;
using GenYCity.Bot.Host.Channels.Telegram;
using GenYCity.Bot.Host.Configuration;
using Microsoft.Extensions.Options;
using Quartz;

namespace GenYCity.Bot.Host.Dispatch;

public static class DispatchRegistration
{
    /// <summary>The domain's features and the dispatcher that runs them one unit of work per update.</summary>
    public static WebApplicationBuilder AddDispatch(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<IBot, BotEngine>();
        services.AddSingleton<UnitOfWork>();
        services.AddSingleton<Dispatcher>();
        services.AddValidatedOptions<AbuseOptions>(AbuseOptions.SectionName);
        services.AddSingleton<FloodGuard>();
        services.AddScoped<CoordinatorInbox>();

        // Onboarding and basics
        services.AddScoped<ICommand, StartCommand>();
        services.AddScoped<ICommand, LanguageCommand>();
        services.AddScoped<ICommand, HelpCommand>();
        services.AddScoped<ICommand, CancelCommand>();
        services.AddScoped<ICommand, SettingsCommand>();
        services.AddScoped<IButtonHandler, LanguageButtons>();
        services.AddScoped<IButtonHandler, ConsentButtons>();
        services.AddScoped<IButtonHandler, SettingsButtons>();
        services.AddScoped<Drafts>();
        services.AddScoped<IButtonHandler, DraftButtons>();

        // Ideas
        services.AddValidatedOptions<IdeasOptions>(IdeasOptions.SectionName);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<IdeasOptions>>().Value);
        services.AddScoped<IdeaNotices>();
        services.AddScoped<ModerateIdea>();
        services.AddScoped<SubmitIdeaFlow>();
        services.AddScoped<ICommand>(sp => sp.GetRequiredService<SubmitIdeaFlow>());
        services.AddScoped<IFlow>(sp => sp.GetRequiredService<SubmitIdeaFlow>());
        services.AddScoped<IButtonHandler, SubmittedIdeaButtons>();
        services.AddScoped<IdeasCommand>();
        services.AddScoped<ICommand>(sp => sp.GetRequiredService<IdeasCommand>());
        services.AddScoped<IButtonHandler>(sp => sp.GetRequiredService<IdeasCommand>());
        services.AddScoped<IButtonHandler, VoteButtons>();
        services.AddScoped<ICommand, MyIdeasCommand>();
        services.AddScoped<ICommand, PendingCommand>();
        services.AddScoped<ICommand, ExportCommand>();
        services.AddSingleton<ExportTables>();
        services.AddSingleton<ISpreadsheetWriter, Exports.XlsxWriter>();
        services.AddScoped<IButtonHandler, ModerationButtonsHandler>();
        services.AddScoped<IFlow, ModerationNoteFlow>();

        // Events and broadcasts
        services.AddValidatedOptions<EventsOptions>(EventsOptions.SectionName)
            .Validate(o => CronExpression.TryParse(o.ReminderCron, out _), "Events:ReminderCron is not a Quartz cron expression (for example 0 * * * * ?).");
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<EventsOptions>>().Value);
        services.AddSingleton(sp => CrossPostTargetsFrom(sp.GetRequiredService<IOptions<TelegramOptions>>().Value, sp.GetRequiredService<IOptions<MessengerOptions>>().Value));
        services.AddSingleton<EventTime>();
        services.AddSingleton<EventCards>();
        services.AddScoped<Announcer>();
        services.AddScoped<EventViewer>();
        services.AddScoped<DueReminders>();
        services.AddScoped<ICommand, EventsCommand>();
        services.AddScoped<NewEventFlow>();
        services.AddScoped<ICommand>(sp => sp.GetRequiredService<NewEventFlow>());
        services.AddScoped<IFlow>(sp => sp.GetRequiredService<NewEventFlow>());
        services.AddScoped<IButtonHandler, RsvpButtons>();
        services.AddScoped<IButtonHandler, CalendarButtons>();
        services.AddScoped<IButtonHandler, EventManageButtons>();
        services.AddScoped<AnnounceFlow>();
        services.AddScoped<ICommand>(sp => sp.GetRequiredService<AnnounceFlow>());
        services.AddScoped<IFlow>(sp => sp.GetRequiredService<AnnounceFlow>());

        // Weekly digest
        services.AddSingleton<DigestComposer>();
        services.AddScoped<DigestIssuer>();
        services.AddScoped<ICommand, DigestCommand>();
        services.AddScoped<IButtonHandler, DigestButtons>();

        // Figures
        services.AddScoped<ICommand, StatsCommand>();

        // Privacy
        services.AddValidatedOptions<PrivacyOptions>(PrivacyOptions.SectionName);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PrivacyOptions>>().Value);
        services.AddScoped<ICommand, PrivacyCommand>();
        services.AddScoped<ICommand, MyDataCommand>();
        services.AddScoped<ICommand, ForgetMeCommand>();
        services.AddScoped<IButtonHandler, ForgetMeButtons>();
        return builder;
    }

    /// <summary>The channel and the Page are cross-posted to only when their channel runs.</summary>
    private static CrossPostTargets CrossPostTargetsFrom(TelegramOptions telegram, MessengerOptions messenger) => new(
        telegram.IsConfigured && !string.IsNullOrWhiteSpace(telegram.AnnouncementChannel) ? telegram.AnnouncementChannel : null,
        messenger.IsConfigured ? messenger.PageId : null);
}
