namespace GenYCity.Bot.Domain.Chat;

/// <summary>
/// The commands the bot offers, in menu order: the single list behind /help, menus and Telegram's command
/// list. Each feature declares its own (<see cref="IFeature.Commands"/>); their places order them.
/// </summary>
public static class CommandCatalog
{
    public static IReadOnlyList<CommandInfo> All { get; } = From(BotFeatures.All);

    public static IEnumerable<CommandInfo> AvailableTo(bool coordinator) =>
        All.Where(c => c.Audience == Audience.Everyone || coordinator);

    /// <summary>The features' commands by place; two commands with one name or one place are a mistake caught at start.</summary>
    public static IReadOnlyList<CommandInfo> From(IEnumerable<IFeature> features)
    {
        var commands = features.SelectMany(f => f.Commands).OrderBy(c => c.Place).ToList();
        var twice = commands.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1)?.Key
            ?? commands.GroupBy(c => c.Place).FirstOrDefault(g => g.Count() > 1)?.Key.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return twice is null ? commands : throw new InvalidOperationException($"Two commands share the name or the place {twice}.");
    }
}
