namespace GenYCity.Bot.Domain.Conversations;

/// <summary>Continue (keep the draft) or Drop it under a reminder of an unfinished draft.</summary>
public sealed record DraftPress(bool Keep);
