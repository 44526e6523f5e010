namespace GenYCity.Bot.Domain.Members;

/// <summary>What a person may do beyond taking part.</summary>
[Flags]
public enum MemberRoles
{
    None = 0,
    Coordinator = 1,
}
