namespace GenYCity.Bot.Domain.Chat;

/// <summary>Handles one "/name" command.</summary>
public interface ICommand
{
    CommandInfo Info { get; }

    Task ExecuteAsync(ChatContext chat, string argument, CancellationToken ct);
}
