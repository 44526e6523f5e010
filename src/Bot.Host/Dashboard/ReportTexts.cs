using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Host.Dashboard;

/// <summary>The action-plan report's CSV labels in one language: its sections, measures, statuses and decisions.</summary>
public sealed class ReportTexts(Language language) : TranslatedTexts(language, ReportTexts.Namespace)
{
    /// <summary>Its translator files: <c>texts/report/{language}.json</c>, a key "kind:code" written as <c>{ "kind": { "code": … } }</c>.</summary>
    public const string Namespace = "report";

    public static ReportTexts For(Language language) => new(language);

    /// <summary>Every label the CSV asks for, by its key ("section:participants").</summary>
    public IReadOnlyDictionary<string, string> Labels =>
        ReportLabels.Keys.ToDictionary(key => key, key => T(key.Replace(':', '.')));
}
