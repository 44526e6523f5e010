namespace GenYCity.Bot.Domain.Messaging;

/// <summary>Which queue a message waits in: replies never wait behind broadcasts.</summary>
public enum DeliveryLane
{
    Reply = 0,
    Broadcast = 1,
}
