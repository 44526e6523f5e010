using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>The reader of the translator files' format and the texts it renders: plurals, nesting, ordinals and dates.</summary>
public sealed class I18nextJsonTests
{
    [Fact]
    public void NestedObjects_BecomeDottedKeys_AndAValueThatIsNotATextIsNamed()
    {
        var texts = I18nextJson.Read("""{ "A": "a", "B": { "C": "c" } }""", "x.json");

        Assert.Equal(new Dictionary<string, string> { ["A"] = "a", ["B.C"] = "c" }, texts);
        var error = Assert.Throws<FormatException>(() => I18nextJson.Read("""{ "A": { "B": 3 } }""", "chat/pl.json"));
        Assert.Equal("chat/pl.json: \"A.B\" must be a text, not Number.", error.Message);
    }

    [Theory]
    [InlineData("ideas_few", "ideas", "few")]
    [InlineData("Decision.Accepted", "Decision.Accepted", null)]
    [InlineData("status_changed", "status_changed", null)]
    public void APluralKey_IsSplitIntoItsNameAndCategory(string key, string name, string? category)
    {
        Assert.Equal(name, I18nextJson.BaseKey(key, out var found));
        Assert.Equal(category, found?.Suffix());
    }

    [Theory]
    [InlineData(1, "🗳 Aptauja #7 slēgta. Rezultāti ceļā pie 1 balsotāja.")]
    [InlineData(2, "🗳 Aptauja #7 slēgta. Rezultāti ceļā pie 2 balsotājiem.")]
    [InlineData(11, "🗳 Aptauja #7 slēgta. Rezultāti ceļā pie 11 balsotājiem.")]
    [InlineData(21, "🗳 Aptauja #7 slēgta. Rezultāti ceļā pie 21 balsotāja.")]
    public void APluralText_TakesTheFormOfItsCount(int voters, string expected) =>
        Assert.Equal(expected, Polls.PollTexts.For(Language.Lv).ClosedNow(7, voters));

    [Theory]
    [InlineData("ru", 1, 2, 5, "📊 За неделю: 1 новая идея · 2 голоса поддержки · 5 участников")]
    [InlineData("en", 1, 1, 22, "📊 The past week: 1 new idea · 1 vote of support · 22 people taking part")]
    [InlineData("lv", 10, 21, 3, "📊 Nedēļas laikā: 10 jaunu ideju · 21 atbalsta balss · 3 dalībnieki")]
    public void ATextWithSeveralCounts_NestsATextForEach(string code, int ideas, int supports, int people, string expected) =>
        Assert.Equal(expected, Phrasebook.For(new Language(code)).DigestFigures(ideas, supports, people));

    [Theory]
    [InlineData(1, "⏳ 1st in line")]
    [InlineData(2, "⏳ 2nd in line")]
    [InlineData(3, "⏳ 3rd in line")]
    [InlineData(11, "⏳ 11th in line")]
    [InlineData(22, "⏳ 22nd in line")]
    public void AnOrdinal_TakesItsEnding(int position, string expected) =>
        Assert.Equal(expected, Phrasebook.For(Language.En).RsvpWaitingLabel(position));

    [Fact]
    public void AnArgumentTheCodeDoesNotGive_IsAnError_NotAnEmptyGap()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => TextCatalog.Current.Render(Language.En, "chat", "LanguageSet", []));

        Assert.Equal("texts/chat/en.json: \"LanguageSet\": {{name}} is not given by the code.", error.Message);
    }

    [Theory]
    [InlineData("lv", "Balso līdz 5. decembrim plkst. 18:00.", "slēgta 5. decembrī plkst. 18:00")]
    [InlineData("ru", "Голосуй до 5 декабря, 18:00.", "закрыт 5 декабря в 18:00")]
    [InlineData("en", "Vote until 5 December, 18:00.", "closed on 5 December at 18:00")]
    public void APollsClosing_IsWrittenInTheCaseItsSentenceNeeds(string code, string body, string closed)
    {
        var t = Polls.PollTexts.For(new Language(code));
        var closes = new LocalMoment(new DateTime(2026, 12, 5, 18, 0, 0), ThisYear: 2026);

        Assert.Contains(body, t.Body("Q", "1. A", closes), StringComparison.Ordinal);
        Assert.Equal(closed, t.ClosedOn(closes));
    }

    [Theory]
    [InlineData("lv", "at", "2027. gada 5. janvārī plkst. 18:00")]
    [InlineData("ru", "until", "5 января 2027 г., 18:00")]
    [InlineData("en", "weekday", "Tuesday, 5 January 2027, 18:00")]
    [InlineData("lv", "short", "05.01.2027.")]
    public void AMomentInAnotherYear_NamesTheYear(string code, string format, string expected) =>
        Assert.Equal(expected, TextCatalog.Current.Date(new Language(code), new LocalMoment(new DateTime(2027, 1, 5, 18, 0, 0), ThisYear: 2026), format));
}
