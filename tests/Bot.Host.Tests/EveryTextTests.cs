using System.Reflection;
using System.Text.RegularExpressions;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Domain.Texts;
using GenYCity.Bot.Host.Dashboard;

namespace GenYCity.Bot.Host.Tests;

/// <summary>
/// Every text of every language, rendered and checked: the phrasebook, each feature's texts, the dashboard's
/// phrases, and any set of texts added later. A set of texts is found by its shape, not by a list: a public type
/// of the bot's with <c>public static T For(Language)</c>. Each of its public properties and methods that gives a
/// text is rendered: a string as it is, a function with sample arguments for every parameter (each through all
/// its samples, so each plural form of each count is reached). A text of a shape the test cannot render, or with a parameter type
/// it has no sample for, fails the test and says where to add one.
/// </summary>
public sealed partial class EveryTextTests
{
    private static readonly Assembly[] BotAssemblies = [typeof(Phrasebook).Assembly, typeof(DashboardPhrases).Assembly];

    /// <summary>Every set of texts of the bot, whatever its name or folder.</summary>
    public static IReadOnlyList<Type> TextSets { get; } = BotAssemblies
        .SelectMany(a => a.GetExportedTypes())
        .Where(t => t.GetMethod("For", BindingFlags.Public | BindingFlags.Static, [typeof(Language)])?.ReturnType == t)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    public static TheoryData<string, string> EverySetInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in TextSets)
        {
            foreach (var language in Languages.All)
            {
                data.Add(set.Name, language.Code);
            }
        }

        return data;
    }

    [Fact]
    public void TheSetsOfTexts_AreFoundByTheirShape()
    {
        // The ones there are today; a new one is found without being named here.
        Assert.Subset(
            TextSets.ToHashSet(),
            new HashSet<Type>
            {
                typeof(Phrasebook), typeof(DashboardPhrases), typeof(Domain.Polls.PollTexts), typeof(Domain.Stats.StatsTexts),
                typeof(Domain.Results.ResultsTexts), typeof(Domain.Dashboard.DashboardTexts),
            });
        Assert.All(
            BotAssemblies.SelectMany(a => a.GetExportedTypes()).Where(t => typeof(IFeatureTexts).IsAssignableFrom(t) && !t.IsInterface),
            feature => Assert.Contains(feature, TextSets));
    }

    [Theory]
    [MemberData(nameof(EverySetInEveryLanguage))]
    public void EveryText_RendersWithSampleArguments_ToAFinishedText(string set, string language)
    {
        var type = TextSets.Single(t => t.Name == set);
        var texts = Render(type, language).ToList();
        var plain = type == typeof(DashboardPhrases) || type == typeof(Budgets.BudgetPhrases) || type == typeof(Feeds.FeedTexts);

        Assert.NotEmpty(texts);
        var problems = texts
            .Select(t => (t.Name, t.Text, Problem: Problem(t.Text, plain)))
            .Where(t => t.Problem is not null)
            .Select(t => $"{language} {t.Name}: {t.Problem}: «{t.Text}»")
            .Distinct()
            .ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void EveryParameterisedText_IsReached_WithItsArgumentsAndAllTheirForms()
    {
        var texts = Render(typeof(Phrasebook), Language.Ru).ToList();

        // A function of four counts is rendered with each count through every sample, the others at the first.
        var four = typeof(Phrasebook).GetMethods().First(m => m.GetParameters() is { Length: 4 } p && p.All(p => p.ParameterType == typeof(int))).Name;
        Assert.Equal(1 + (4 * (SampleCounts.Length - 1)), texts.Count(t => t.Name == $"{nameof(Phrasebook)}.{four}"));
        Assert.Contains(texts, t => t.Name == "Phrasebook.Status" && t.Text == Phrasebook.For(Language.Ru).StatusImplemented);
        Assert.Contains(Render(typeof(DashboardPhrases), Language.En), t => t.Name == "DashboardPhrases.EventState" && t.Text == "Cancelled");
    }

    [Theory]
    [InlineData("", false, "empty")]
    [InlineData("Hello {0}", false, "an unfilled placeholder")]
    [InlineData("Hello {name}", false, "an unfilled placeholder")]
    [InlineData("TODO: translate", false, "a TODO")]
    [InlineData("<b>bold", false, "markup Telegram would refuse")]
    [InlineData("<b>bold<i></b></i>", false, "markup Telegram would refuse")]
    [InlineData("<a href=\"x\">link</a>", false, "markup Telegram would refuse")]
    [InlineData("Tom & Jerry", false, "markup Telegram would refuse")]
    [InlineData("Ideas < 5", false, "markup Telegram would refuse")]
    [InlineData("<b>Ideas</b>", true, "markup on a page that shows it as it is")]
    [InlineData("Tom &amp; Jerry", true, "markup on a page that shows it as it is")]
    public void TheChecks_CatchWhatTheyAreFor(string text, bool plain, string problem) =>
        Assert.Equal(problem, Problem(text, plain));

    [Theory]
    [InlineData("<b>Idea</b> &amp; <i>event</i> 1 &lt; 2", false)]
    [InlineData("Numbers under 5 are shown as „< 5” & so on", true)]
    public void TheChecks_PassAFinishedText(string text, bool plain) =>
        Assert.Null(Problem(text, plain));

    /// <summary>What is wrong with a rendered text, or null. Plain: the dashboard's pages', which they encode.</summary>
    private static string? Problem(string text, bool plain)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "empty";
        }

        if (Placeholder().IsMatch(text))
        {
            return "an unfilled placeholder";
        }

        if (text.Contains("TODO", StringComparison.Ordinal) || text.Contains("FIXME", StringComparison.Ordinal))
        {
            return "a TODO";
        }

        if (plain)
        {
            return AnyTag().IsMatch(text) || Entity().IsMatch(text) ? "markup on a page that shows it as it is" : null;
        }

        return IsWellFormedMarkup(text) ? null : "markup Telegram would refuse";
    }

    /// <summary>Only &lt;b&gt; and &lt;i&gt;, properly nested, and no bare &amp; &lt; &gt; (see <see cref="Markup"/>).</summary>
    private static bool IsWellFormedMarkup(string text)
    {
        var open = new Stack<string>();
        foreach (Match tag in AnyTag().Matches(text))
        {
            var name = tag.Groups[2].Value;
            if (name is not ("b" or "i") || tag.Groups[3].Length > 0)
            {
                return false;
            }

            if (tag.Groups[1].Value == "/")
            {
                if (open.Count == 0 || open.Pop() != name)
                {
                    return false;
                }
            }
            else
            {
                open.Push(name);
            }
        }

        var withoutTags = AnyTag().Replace(text, string.Empty);
        return open.Count == 0 && !withoutTags.Contains('<', StringComparison.Ordinal) && !withoutTags.Contains('>', StringComparison.Ordinal)
            && !BareAmpersand().IsMatch(withoutTags);
    }

    /// <summary>Every text of the set in the language, named Type.Member, once for each sample of each argument (the others at their first).</summary>
    private static IEnumerable<(string Name, string Text)> Render(Type set, Language language)
    {
        var texts = set.GetMethod("For", BindingFlags.Public | BindingFlags.Static, [typeof(Language)])!.Invoke(null, [language])!;
        foreach (var property in set.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = $"{set.Name}.{property.Name}";
            switch (property.GetValue(texts))
            {
                case Language:
                    break;
                case string text:
                    yield return (name, text);
                    break;
                case Delegate phrase when phrase.Method.ReturnType == typeof(string):
                    foreach (var arguments in Combinations(phrase.Method.GetParameters(), name))
                    {
                        yield return (name, Invoke(name, arguments, () => phrase.DynamicInvoke(arguments)));
                    }

                    break;
                case IReadOnlyDictionary<string, string> byKey:
                    foreach (var (key, text) in byKey)
                    {
                        yield return ($"{name}[{key}]", text);
                    }

                    break;
                case IEnumerable<string> list:
                    foreach (var (text, i) in list.Select((text, i) => (text, i)))
                    {
                        yield return ($"{name}[{i}]", text);
                    }

                    break;
                default:
                    throw new InvalidOperationException($"{name} is a {property.PropertyType}: the test does not know how to render it; teach {nameof(Render)}.");
            }
        }

        // Texts given by a method, as Phrasebook.Status(IdeaStatus).
        foreach (var method in set.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.ReturnType == typeof(string) && m.DeclaringType == set && m.Name is not (nameof(ToString))))
        {
            foreach (var arguments in Combinations(method.GetParameters(), $"{set.Name}.{method.Name}"))
            {
                yield return ($"{set.Name}.{method.Name}", Invoke($"{set.Name}.{method.Name}", arguments, () => method.Invoke(texts, arguments)));
            }
        }
    }

    private static string Invoke(string name, object?[] arguments, Func<object?> render)
    {
        try
        {
            return (string)render()!;
        }
        catch (TargetInvocationException ex)
        {
            throw new InvalidOperationException($"{name}({string.Join(", ", arguments)}) threw: {ex.InnerException?.Message}", ex.InnerException);
        }
    }

    /// <summary>
    /// Each parameter through all its samples while the others keep their first: every form each count chooses is
    /// reached (a text's counts choose their forms each on its own, through nested texts), in a sum of renderings
    /// rather than a product (a text of five counts once took 100,000 renderings a language).
    /// </summary>
    private static IEnumerable<object?[]> Combinations(ParameterInfo[] parameters, string where)
    {
        // A month indexes the names of the months; any other number is a count, or printed as it is.
        var samples = parameters.Select(parameter => parameter.ParameterType == typeof(int) && parameter.Name == "month"
                ? Enumerable.Range(1, 12).Cast<object?>().ToList()
                : Samples(parameter.ParameterType, $"{where}({parameter.Name})", parameter.Position))
            .ToList();
        var first = samples.Select(s => s[0]).ToArray();
        yield return first;
        for (var i = 0; i < samples.Count; i++)
        {
            foreach (var sample in samples[i].Skip(1))
            {
                var row = (object?[])first.Clone();
                row[i] = sample;
                yield return row;
            }
        }
    }

    /// <summary>Counts that reach every plural form of every language the bot has (CLDR: lv, ru, pl, lt, en).</summary>
    private static readonly int[] SampleCounts = [0, 1, 2, 5, 11, 21, 22, 25, 101, 111];

    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Sample arguments of a type: all its values where few, else the ones that reach each case.</summary>
    private static List<object?> Samples(Type type, string where, int position)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return [null, .. Samples(underlying, where, position)];
        }

        return type switch
        {
            _ when type == typeof(string) => [$"Arg{position + 1}"],
            _ when type == typeof(int) => SampleCounts.Cast<object?>().ToList(),
            _ when type == typeof(long) => [1L, 42L],
            _ when type == typeof(bool) => [true, false],
            _ when type == typeof(DateTimeOffset) => [Now],
            _ when type == typeof(LocalMoment) => [new LocalMoment(Now.DateTime, Now.Year), new LocalMoment(Now.DateTime.AddMonths(2), Now.Year)],
            _ when type == typeof(Language) => Languages.All.Cast<object?>().ToList(),
            _ when type == typeof(TimeSpan) => [TimeSpan.FromMinutes(50), TimeSpan.FromDays(2)],
            _ when type.IsEnum => Enum.GetValues(type).Cast<object?>().ToList(),
            _ when type == typeof(PrivacyFacts) => [new PrivacyFacts("Arg City", "Arg contact", "Arg DPO", "arg@example.org", "Arg authority", "Arg host", 13, 30, 24)],
            _ when type == typeof(CityEvent) => Events(),
            _ when type == typeof(IdeaNews) => News(),
            _ => throw new InvalidOperationException($"No sample for a {type} ({where}): add one to {nameof(Samples)}."),
        };
    }

    /// <summary>An event to come, one past and one cancelled.</summary>
    private static List<object?> Events()
    {
        var by = new Member(ChannelKind.Telegram, "1", "1", Language.En, Now);
        var cancelled = CityEvent.Publish("Arg", Now.AddDays(2), "Arg place", "Arg description", null, by, Now);
        Assert.True(cancelled.Cancel(Now));
        return
        [
            CityEvent.Publish("Arg", Now.AddDays(2), "Arg place", "Arg description", 20, by, Now),
            CityEvent.Publish("Arg", Now.AddDays(-2), "Arg place", "Arg description", null, by, Now.AddDays(-3)),
            cancelled,
        ];
    }

    /// <summary>News of every kind; a council's answer with every decision, and with none recorded.</summary>
    private static List<object?> News() =>
    [
        .. Enum.GetValues<IdeaNewsKind>().Select(kind => IdeaNews.Create(1, kind, "Arg comment", Now, null)),
        .. Enum.GetValues<CouncilDecision>().Select(decision => IdeaNews.Create(1, IdeaNewsKind.CouncilAnswer, "Arg comment", Now, null, decision: decision)),
    ];

    // {0}, {1:N0}, {name}: a format item or an interpolation hole left in the text.
    [GeneratedRegex(@"\{[A-Za-z0-9_]*(:[^{}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("<(/?)([a-zA-Z]+)([^>]*)>")]
    private static partial Regex AnyTag();

    [GeneratedRegex("&(?!amp;|lt;|gt;|quot;)")]
    private static partial Regex BareAmpersand();

    [GeneratedRegex("&[a-zA-Z]+;|&#[0-9]+;")]
    private static partial Regex Entity();
}
