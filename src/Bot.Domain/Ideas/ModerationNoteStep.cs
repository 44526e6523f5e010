namespace GenYCity.Bot.Domain.Ideas;

public enum ModerationNoteStep
{
    Reason,
    Comment,
}
