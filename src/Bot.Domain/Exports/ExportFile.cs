namespace GenYCity.Bot.Domain.Exports;

/// <summary>An export's file: its name (with the city's date and time) and its bytes.</summary>
public sealed record ExportFile(string Name, byte[] Content, int Rows);
