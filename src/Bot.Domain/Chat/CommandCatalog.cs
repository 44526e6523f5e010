namespace GenYCity.Bot.Domain.Chat;

/// <summary>The commands the bot offers, in menu order: the single list behind /help, menus and Telegram's command list.</summary>
public static class CommandCatalog
{
    public static readonly CommandInfo Start = new("start", Audience.Everyone, false, p => p.CmdStart);
    public static readonly CommandInfo Idea = new("idea", Audience.Everyone, true, p => p.CmdIdea, p => p.MenuIdea);
    public static readonly CommandInfo Ideas = new("ideas", Audience.Everyone, false, p => p.CmdIdeas, p => p.MenuIdeas);
    public static readonly CommandInfo MyIdeas = new("myideas", Audience.Everyone, true, p => p.CmdMyIdeas, p => p.MenuMyIdeas);
    public static readonly CommandInfo Events = new("events", Audience.Everyone, false, p => p.CmdEvents, p => p.MenuEvents);
    public static readonly CommandInfo Digest = new("digest", Audience.Everyone, false, p => p.CmdDigest, p => p.MenuDigest);
    public static readonly CommandInfo Settings = new("settings", Audience.Everyone, true, p => p.CmdSettings, p => p.MenuSettings);
    public static readonly CommandInfo Language = new("language", Audience.Everyone, false, p => p.CmdLanguage, p => p.MenuLanguage);
    public static readonly CommandInfo Help = new("help", Audience.Everyone, false, p => p.CmdHelp, p => p.MenuHelp);
    public static readonly CommandInfo Privacy = new("privacy", Audience.Everyone, false, p => p.CmdPrivacy);
    public static readonly CommandInfo MyData = new("mydata", Audience.Everyone, false, p => p.CmdMyData);
    public static readonly CommandInfo ForgetMe = new("forgetme", Audience.Everyone, false, p => p.CmdForgetMe);
    public static readonly CommandInfo Cancel = new("cancel", Audience.Everyone, false, p => p.CmdCancel);
    public static readonly CommandInfo Pending = new("pending", Audience.Coordinators, false, p => p.CmdPending, p => p.MenuPending);
    public static readonly CommandInfo Export = new("export", Audience.Coordinators, false, p => p.CmdExport);
    public static readonly CommandInfo NewEvent = new("newevent", Audience.Coordinators, false, p => p.CmdNewEvent, p => p.MenuNewEvent);
    public static readonly CommandInfo Announce = new("announce", Audience.Coordinators, false, p => p.CmdAnnounce, p => p.MenuAnnounce);
    public static readonly CommandInfo Stats = new("stats", Audience.Coordinators, false, p => Domain.Stats.StatsTexts.For(p.Language).Command, p => Domain.Stats.StatsTexts.For(p.Language).MenuLabel);

    public static readonly CommandInfo NewPoll = new("newpoll", Audience.Coordinators, false, p => Domain.Polls.PollTexts.For(p.Language).CmdNewPoll);
    public static readonly CommandInfo Polls = new("polls", Audience.Coordinators, false, p => Domain.Polls.PollTexts.For(p.Language).CmdPolls);
    public static readonly CommandInfo Dashboard = new("dashboard", Audience.Coordinators, false, p => Domain.Dashboard.DashboardTexts.For(p.Language).Command);
    public static readonly CommandInfo Results = new("results", Audience.Everyone, false, p => Domain.Results.ResultsTexts.For(p.Language).Command, p => Domain.Results.ResultsTexts.For(p.Language).MenuLabel);

    public static IReadOnlyList<CommandInfo> All { get; } =
        [Start, Idea, Ideas, MyIdeas, Results, Events, Digest, Settings, Language, Help, Privacy, MyData, ForgetMe, Cancel, Pending, NewEvent, Announce, NewPoll, Polls, Stats, Export, Dashboard];

    public static IEnumerable<CommandInfo> AvailableTo(bool coordinator) =>
        All.Where(c => c.Audience == Audience.Everyone || coordinator);
}
