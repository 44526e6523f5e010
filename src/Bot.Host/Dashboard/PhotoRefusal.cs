namespace GenYCity.Bot.Host.Dashboard;

/// <summary>Why a photo is not taken, with its size in pixels when that is why.</summary>
public sealed record PhotoRefusal(PhotoProblem Problem, PixelSize? Size = null);
