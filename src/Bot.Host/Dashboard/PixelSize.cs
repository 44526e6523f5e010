namespace GenYCity.Bot.Host.Dashboard;

/// <summary>A picture's width and height in pixels.</summary>
public readonly record struct PixelSize(int Width, int Height);
