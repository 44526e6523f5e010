using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>
/// The translator files (texts/{namespace}/{language}.json) of every language the bot ships, checked as a
/// city's own folder is checked at start; and each check shown to catch what it is for, naming the file and key.
/// </summary>
public sealed class TranslatorFilesTests : IDisposable
{
    private readonly string city = Directory.CreateTempSubdirectory("genycity-texts-").FullName;

    public static TheoryData<string> EveryLanguage => new(Languages.All.Select(l => l.Code));

    public void Dispose() => Directory.Delete(city, recursive: true);

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public void EveryLanguage_HasEveryText_WithTheSameArguments_FormsAndMarkup(string code)
    {
        var problems = TextChecks.Language(TextCatalog.Current, new Language(code), Languages.All).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void TheLanguageTable_HasDaugavpilsLanguages_AndTheNamespacesAreFound()
    {
        Assert.Subset(Languages.All.ToHashSet(), new HashSet<Language> { Language.Lv, Language.Ru, Language.En });
        Assert.Subset(TextCatalog.Current.Namespaces.ToHashSet(), new HashSet<string> { "chat", "polls", "results", "stats", "signin", "privacy", "dates" });
    }

    [Fact]
    public void AMissingText_IsNamedWithItsFile()
    {
        Write("polls/lv.json", """{ "CmdPolls": "" }""");

        var problems = Check(Language.Lv);

        Assert.Contains(problems, p => p == "texts/polls/lv.json: \"CmdPolls\" is empty.");
    }

    [Fact]
    public void AMisspeltKey_OrAnArgumentTheCodeDoesNotGive_IsNamed()
    {
        Write("chat/ru.json", """{ "Welcom": "Привет", "LanguageSet": "Язык: {{language}} ✓" }""");

        var problems = Check(Language.Ru);

        Assert.Contains("texts/chat/ru.json has texts the bot does not use (misspelt?): Welcom.", problems);
        Assert.Contains("texts/chat/ru.json: \"LanguageSet\" uses {{language}}, which the text does not have; it has {{name}}.", problems);
        Assert.Contains("texts/chat/ru.json: \"LanguageSet\" leaves out {{name}}.", problems);
    }

    [Fact]
    public void APluralFormTheLanguageNeeds_IsNamedWhenMissing()
    {
        // Russian needs one, few and many; a file written with English's one and other lacks few and many.
        var shipped = Path.Combine(city, "shipped");
        CopyShipped(shipped, except: ("polls", "ru"), edit: json => json.Replace("\"Total_few\":", "\"Total_other\":", StringComparison.Ordinal));

        var problems = TextChecks.Language(TextCatalog.Load(shipped, null), Language.Ru, Languages.All).ToList();

        Assert.Contains(problems, p => p.StartsWith("texts/polls/ru.json lacks 1 of", StringComparison.Ordinal) && p.EndsWith("texts: Total_few.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("chat", "Welcome", "<b>Sveiki", "leaves <b> open.")]
    [InlineData("chat", "Welcome", "<a href=\\\"x\\\">Sveiki</a>", "has the tag <a href=\"x\">; only <b> and <i> can be sent.")]
    [InlineData("dates", "Day", "<b>{{day}}. {{month}}</b>", "has the tag <b>; a web page's text has none.")]
    [InlineData("chat", "Accept", "✅ Es piekrītu un gribu turpināt", "is a button label of 31 characters (a count as 3): buttons show at most 20.")]
    [InlineData("polls", "OpenUntil", "atvērta līdz {{closes, tomorrow}}", "asks for the format \"tomorrow\"; the bot has at, until, day, onDay, weekday, short.")]
    [InlineData("chat", "ExportReady", "$t(Idejas, {\\\"count\\\": {{ideas}}}) {{events}}", "puts in \"$t(Idejas)\", which the file does not have.")]
    public void ABadText_IsNamedWithWhatIsWrong(string ns, string key, string text, string problem)
    {
        Write($"{ns}/lv.json", $$"""{ "{{key}}": "{{text}}" }""");

        Assert.Contains($"texts/{ns}/lv.json: \"{key}\" {problem}", Check(Language.Lv));
    }

    [Fact]
    public void ADateList_OfTheWrongLength_IsNamed()
    {
        Write("dates/lv.json", """{ "Weekdays": "pirmdien, otrdien" }""");

        Assert.Contains("texts/dates/lv.json: \"Weekdays\" lists 2 names, not 7 (separated by commas).", Check(Language.Lv));
    }

    [Fact]
    public void ALanguageTheCityOffers_ButTheTableLacks_IsNamed()
    {
        var problems = TextChecks.Offered(TextCatalog.Current, [Language.Lv, new Language("xx")]).ToList();

        Assert.Equal([$"Bot:Languages has \"xx\", which is not in the language table (texts/languages.json); it has {string.Join(", ", Languages.All)}."], problems);
    }

    [Fact]
    public void ALanguageAddedByACity_WithoutItsTexts_IsNamedFileByFile()
    {
        File.WriteAllText(Path.Combine(city, "languages.json"), """{ "lt": { "name": "Lietuvių", "culture": "lt-LT", "plural": "lt", "messengerLocale": "lt_LT" } }""");
        Write("stats/lt.json", """{ "Title": "📊 <b>Statistika</b>" }""");
        var catalog = TextCatalog.Load(TextCatalog.ShippedFolder, city);

        var problems = TextChecks.Offered(catalog, [Language.Lv, new Language("lt")]).ToList();

        Assert.Contains("texts/chat/lt.json is missing: the language has none of the chat texts.", problems);
        Assert.Contains(problems, p => p.StartsWith("texts/stats/lt.json lacks ", StringComparison.Ordinal));
        Assert.Contains("texts/chat/lv.json lacks \"LanguageName.lt\": the name of lt in this language.", problems);
    }

    [Fact]
    public void ACitysText_ReplacesTheShippedOne_AndTheRestStay()
    {
        Write("chat/en.json", """{ "Welcome": "Welcome to Daugavpils!" }""");
        var catalog = TextCatalog.Load(TextCatalog.ShippedFolder, city);

        Assert.Equal("Welcome to Daugavpils!", catalog.Render(Language.En, "chat", "Welcome", []));
        Assert.Equal(TextCatalog.Current.Render(Language.En, "chat", "Accept", []), catalog.Render(Language.En, "chat", "Accept", []));
        Assert.Equal(["chat/en.json"], catalog.Overridden);
        Assert.Empty(TextChecks.Language(catalog, Language.En, Languages.All));
    }

    [Theory]
    [InlineData("chat/PL.json", "{}", "chat/PL.json: a translator file is named after its language's code, two lower-case letters (\"chat/pl.json\").")]
    [InlineData("languages.json", "{ \"szl\": { \"name\": \"Ślōnski\", \"culture\": \"szl-PL\", \"plural\": \"pl\", \"messengerLocale\": \"szl_PL\" } }", "\"szl\" is not a language code: two lower-case letters (ISO 639-1), such as \"pl\".")]
    [InlineData("languages.json", "{ \"lt\": { \"name\": \"Lietuvių\", \"culture\": \"xx-Nowhere\", \"plural\": \"lt\", \"messengerLocale\": \"lt_LT\" } }", "\"lt\" names the culture \"xx-Nowhere\", which .NET does not know (such as \"pl-PL\").")]
    [InlineData("languages.json", "{ \"lt\": null }", "\"lt\" needs name, culture, plural and messengerLocale.")]
    [InlineData("languages.json", "[", "is not a language table")]
    public void ACityFolderThatCannotBeRead_IsNamedInOneLine_NotAStackTrace(string file, string json, string problem)
    {
        Write(file, json);

        var error = Assert.Throws<FormatException>(() => TextCatalog.Load(TextCatalog.ShippedFolder, city));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANestedText_TakesOnlyItsCount()
    {
        Write("chat/lv.json", """{ "Ideas_zero": "{{count}} ideju par {{title}}" }""");

        Assert.Contains("texts/chat/lv.json: \"ExportReady\" puts in \"$t(Ideas)\", which uses {{title}}: a nested text takes only {{count}}.", Check(Language.Lv));
    }

    [Fact]
    public void ALanguageIsItsCode_AndADefaultOneIsTheReference()
    {
        Assert.Equal(Language.Reference, default(Language));
        Assert.Equal(new Language("LV"), Language.Lv);
        Assert.Equal(Language.Lv.GetHashCode(), new Language("lv").GetHashCode());
        Assert.Equal(Language.Lv, Languages.Stored("lv"));
        Assert.Equal(Language.Reference, Languages.Stored("xx"));
    }

    private List<string> Check(Language language) =>
        TextChecks.Language(TextCatalog.Load(TextCatalog.ShippedFolder, city), language, Languages.All).ToList();

    private void Write(string relative, string json)
    {
        var path = Path.Combine(city, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
    }

    private static void CopyShipped(string to, (string Ns, string Code) except, Func<string, string> edit)
    {
        foreach (var file in Directory.GetFiles(TextCatalog.ShippedFolder, "*.json", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(TextCatalog.ShippedFolder, file);
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var json = File.ReadAllText(file);
            File.WriteAllText(target, relative == Path.Combine(except.Ns, except.Code + ".json") ? edit(json) : json);
        }
    }
}
