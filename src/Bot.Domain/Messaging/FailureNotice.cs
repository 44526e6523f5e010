namespace GenYCity.Bot.Domain.Messaging;

/// <summary>
/// What <paramref name="To"/> is told when a delivery fails, the reason appended: <paramref name="Text"/> at the
/// first failure that will be retried, <paramref name="GaveUpText"/> when it will not be tried again.
/// </summary>
public sealed record FailureNotice(Recipient To, string Text, string GaveUpText);
