using System.Reflection;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>Every set of texts the bot has in a language: the phrasebook and each feature's own (<see cref="IFeatureTexts"/>).</summary>
internal static class TextSets
{
    public static IReadOnlyList<object> In(Language language) =>
    [
        Phrasebook.For(language),
        .. typeof(Phrasebook).Assembly.GetTypes()
            .Where(t => typeof(IFeatureTexts).IsAssignableFrom(t) && !t.IsInterface)
            .Select(t => t.GetMethod("For", BindingFlags.Public | BindingFlags.Static, [typeof(Language)])?.Invoke(null, [language])
                ?? throw new InvalidOperationException($"{t.Name} has no public static For(Language)")),
    ];
}
