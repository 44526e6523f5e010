namespace GenYCity.Bot.Domain.Stats;

public sealed record MemberFigures(int Total, int Consented, int Announcements, int Digest, int Unreachable);
