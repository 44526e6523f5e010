namespace GenYCity.Bot.Domain.Texts;

/// <summary>
/// A moment as the city's clock shows it, with the year it is there now: a text writes it in the case its
/// sentence needs (<c>{{closes, until}}</c>), and leaves the year out when it is this year.
/// </summary>
public readonly record struct LocalMoment(DateTime Local, int ThisYear);
