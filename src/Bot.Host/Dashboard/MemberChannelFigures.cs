using GenYCity.Bot.Domain.Stats;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>The members now, counted as /stats counts them, in all and by channel and by language. Counts only, no names.</summary>
public sealed record MemberChannelFigures(MemberFigures Total, IReadOnlyList<MemberGroup> ByChannel, IReadOnlyList<MemberGroup> ByLanguage);
