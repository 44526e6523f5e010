namespace GenYCity.Bot.Host.Dashboard;

/// <summary>What new members are split by: their language ("lv") or their channel ("Telegram").</summary>
public enum MemberSplit
{
    Language,
    Channel,
}
