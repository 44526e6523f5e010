namespace GenYCity.Bot.Domain.Ideas;

/// <summary>The steps of /idea, in order; EditChoice is the menu behind the preview's Edit button.</summary>
public enum IdeaStep
{
    Title,
    Description,
    Theme,
    Photo,
    Place,
    District,
    Preview,
    EditChoice,
}
