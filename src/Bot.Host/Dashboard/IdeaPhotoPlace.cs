namespace GenYCity.Bot.Host.Dashboard;

/// <summary>Where an idea's photo is kept, which decides how the dashboard shows it.</summary>
public enum IdeaPhotoPlace
{
    /// <summary>A file on this machine (the console chat's): shown on the page.</summary>
    File,

    /// <summary>An address on a platform's servers (Messenger's): linked to.</summary>
    Link,

    /// <summary>A platform's own file id (Telegram's): seen only in the chat.</summary>
    Platform,
}
