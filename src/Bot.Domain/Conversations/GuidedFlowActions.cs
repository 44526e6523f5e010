namespace GenYCity.Bot.Domain.Conversations;

/// <summary>The actions every guided flow understands.</summary>
public static class GuidedFlowActions
{
    public const string Cancel = "cancel";
    public const string Keep = "keep";
    public const string Edit = "edit";
    public const string EditPrefix = "edit:";
    public const string Back = "edit:back";
}
