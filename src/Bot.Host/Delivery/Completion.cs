namespace GenYCity.Bot.Host.Delivery;

/// <summary>What a send came to.</summary>
internal sealed record Completion(WorkItem Item, SendResult Result);
