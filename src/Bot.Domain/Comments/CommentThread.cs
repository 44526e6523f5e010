using System.Text;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Comments;

/// <summary>
/// How a page of an idea's thread reads: each comment by its number, its writer's first name (or "a
/// resident"), marked when it is the idea's author or a coordinator, and how long ago, with its replies
/// indented under it. Coordinators also see hidden comments, marked.
/// </summary>
public static class CommentThread
{
    /// <summary>The thread's text; <paramref name="names"/> gives each writer's first name, <paramref name="shownText"/> a comment's words as shown (a translation, say).</summary>
    public static string Text(Idea idea, CommentPage page, Language language, DateTimeOffset now, Events.EventTime time, IReadOnlyDictionary<long, string> names, Func<Comment, string>? shownText = null)
    {
        var t = CommentTexts.For(language);
        var text = new StringBuilder(t.ThreadHeader(idea.Id, Markup.Escape(idea.Title), idea.CommentCount));
        if (page.Entries.Count == 0)
        {
            return text.Append("\n\n").Append(t.ThreadEmpty).ToString();
        }

        foreach (var entry in page.Entries)
        {
            text.Append("\n\n");
            Line(text, entry.Comment, t, now, time, names, shownText, indent: string.Empty);
            foreach (var reply in entry.Replies)
            {
                text.Append('\n');
                Line(text, reply, t, now, time, names, shownText, indent: "    ↳ ");
            }
        }

        if (page.Count > 1)
        {
            text.Append("\n\n").Append(t.PageOf(page.Number, page.Count));
        }

        return text.ToString();
    }

    /// <summary>The writer as the thread names them: first name, marked as author or coordinator; "a resident" without a name.</summary>
    public static string Writer(Comment comment, CommentTexts t, IReadOnlyDictionary<long, string> names)
    {
        var name = comment.AuthorId is { } id && names.TryGetValue(id, out var first) ? Markup.Escape(first) : null;
        return comment.Role switch
        {
            CommentRole.IdeaAuthor => t.ByAuthor(name ?? t.Resident),
            CommentRole.Coordinator => name is null ? t.Coordinator : t.ByCoordinator(name),
            _ => name ?? t.Resident,
        };
    }

    /// <summary>"Anna Bērziņa (@anna)" → "Anna"; a bare @username or no name at all gives none.</summary>
    public static string? FirstName(Member member) =>
        member.DisplayName?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { } first && !first.StartsWith('@') && !first.StartsWith('(') ? first : null;

    /// <summary>"just now", "5 minutes ago", "3 hours ago", "yesterday", "4 days ago", then the date.</summary>
    public static string Ago(DateTimeOffset at, DateTimeOffset now, CommentTexts t, Events.EventTime time, Language language)
    {
        var elapsed = now - at;
        var days = (time.Local(now).Date - time.Local(at).Date).Days;
        return elapsed switch
        {
            { TotalMinutes: < 1 } => t.JustNow,
            { TotalMinutes: < 60 } => t.MinutesAgo((int)elapsed.TotalMinutes),
            { TotalHours: < 12 } => t.HoursAgo((int)elapsed.TotalHours),
            _ when days <= 0 => t.HoursAgo((int)elapsed.TotalHours),
            _ when days == 1 => t.Yesterday,
            _ when days < 7 => t.DaysAgo(days),
            _ => time.Write(at, language, Texts.Dates.Day),
        };
    }

    private static void Line(StringBuilder text, Comment comment, CommentTexts t, DateTimeOffset now, Events.EventTime time, IReadOnlyDictionary<long, string> names, Func<Comment, string>? shownText, string indent)
    {
        text.Append(indent).Append(Markup.Bold(comment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Append(" · ");
        if (comment.IsDeleted)
        {
            text.Append(t.Deleted);
            return;
        }

        if (comment.IsHidden)
        {
            text.Append(t.HiddenMark).Append(" · ");
        }

        text.Append(Writer(comment, t, names)).Append(" · ").Append(Ago(comment.CreatedAt, now, t, time, t.Language))
            .Append('\n').Append(indent.Length > 0 ? "      " : string.Empty)
            .Append(Markup.Escape(shownText?.Invoke(comment) ?? comment.Text!));
    }
}
