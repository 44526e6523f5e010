namespace GenYCity.Bot.Domain.Messaging;

/// <summary>A shared point, with a venue's name and address where it was a venue.</summary>
public sealed record SharedLocation(double Latitude, double Longitude, string? Name);
