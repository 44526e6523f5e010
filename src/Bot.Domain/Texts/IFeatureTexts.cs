using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Texts;

/// <summary>
/// A feature's own texts, in its own folder: a sealed class with required properties (a text missing in one
/// language does not compile), one instance per language, and <c>public static T For(Language)</c>. The
/// text tests find every such class and check it as they check the <see cref="Phrasebook"/>.
/// </summary>
public interface IFeatureTexts
{
    Language Language { get; }
}
