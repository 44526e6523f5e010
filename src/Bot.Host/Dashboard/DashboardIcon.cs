namespace GenYCity.Bot.Host.Dashboard;

/// <summary>
/// The dashboard's icon, a speech bubble in the header's colours, served as /dashboard/icon.svg (which the pages name)
/// and as /favicon.ico (which browsers ask for by themselves, and which was a 404 in every log).
/// </summary>
internal static class DashboardIcon
{
    public const string ContentType = "image/svg+xml";

    public const string Svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#12355b"/><path d="M14 13h36a7 7 0 0 1 7 7v19a7 7 0 0 1-7 7H31l-11 9v-9h-6a7 7 0 0 1-7-7V20a7 7 0 0 1 7-7z" fill="#ffffff"/><circle cx="22" cy="29.5" r="4.5" fill="#0b57a4"/><circle cx="32" cy="29.5" r="4.5" fill="#009e73"/><circle cx="42" cy="29.5" r="4.5" fill="#e69f00"/></svg>
        """;
}
