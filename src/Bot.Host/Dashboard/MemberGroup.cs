using GenYCity.Bot.Domain.Stats;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>The members of one channel ("Telegram") or one language ("lv").</summary>
public sealed record MemberGroup(string Key, MemberFigures Figures);
