namespace GenYCity.Bot.Domain.Translation;

/// <summary>The kinds of text people can have translated.</summary>
public static class TranslationKinds
{
    public const string IdeaTitle = "IdeaTitle";
    public const string IdeaText = "IdeaText";
    public const string Comment = "Comment";

    /// <summary>An entry of an idea's timeline: a progress note, a coordinator's comment, the council's answer.</summary>
    public const string News = "News";
}
