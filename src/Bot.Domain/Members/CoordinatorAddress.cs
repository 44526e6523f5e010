using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Members;

/// <summary>Where a message for coordinators goes, and in which language.</summary>
public sealed record CoordinatorAddress(Recipient To, Language Language);
