namespace GenYCity.Bot.Domain.Ideas;

/// <summary>The steps of /idea, in order (Similar only when published ideas look like the draft); EditChoice is the menu behind the preview's Edit button.</summary>
public enum IdeaStep
{
    Title,
    Description,
    Similar,
    Theme,
    Photo,
    Place,
    District,
    Preview,
    EditChoice,
}
