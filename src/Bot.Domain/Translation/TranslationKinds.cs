namespace GenYCity.Bot.Domain.Translation;

/// <summary>The kinds of text people can have translated.</summary>
public static class TranslationKinds
{
    public const string IdeaTitle = "IdeaTitle";
    public const string IdeaText = "IdeaText";
    public const string Comment = "Comment";
}
