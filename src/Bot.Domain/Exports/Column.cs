namespace GenYCity.Bot.Domain.Exports;

public sealed record Column(string Header, CellKind Kind, double Width);
