using System.Text.RegularExpressions;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>Every count in every language takes its noun's right form (CLDR plural rules, see <see cref="PluralRulesTests"/>).</summary>
public sealed partial class PluralTests
{
    private static readonly Phrasebook Lv = Phrasebook.For(Language.Lv);
    private static readonly Phrasebook Ru = Phrasebook.For(Language.Ru);
    private static readonly Phrasebook En = Phrasebook.For(Language.En);

    [Theory]
    [InlineData(0, "0 atbalsta balsu · 0 dalībnieku", "0 голосов поддержки · 0 участников", "0 votes of support · 0 people")]
    [InlineData(1, "1 atbalsta balss · 1 dalībnieks", "1 голос поддержки · 1 участник", "1 vote of support · 1 person")]
    [InlineData(2, "2 atbalsta balsis · 2 dalībnieki", "2 голоса поддержки · 2 участника", "2 votes of support · 2 people")]
    [InlineData(5, "5 atbalsta balsis · 5 dalībnieki", "5 голосов поддержки · 5 участников", "5 votes of support · 5 people")]
    [InlineData(11, "11 atbalsta balsu · 11 dalībnieku", "11 голосов поддержки · 11 участников", "11 votes of support · 11 people")]
    [InlineData(21, "21 atbalsta balss · 21 dalībnieks", "21 голос поддержки · 21 участник", "21 votes of support · 21 people")]
    [InlineData(22, "22 atbalsta balsis · 22 dalībnieki", "22 голоса поддержки · 22 участника", "22 votes of support · 22 people")]
    [InlineData(25, "25 atbalsta balsis · 25 dalībnieki", "25 голосов поддержки · 25 участников", "25 votes of support · 25 people")]
    [InlineData(101, "101 atbalsta balss · 101 dalībnieks", "101 голос поддержки · 101 участник", "101 votes of support · 101 people")]
    [InlineData(111, "111 atbalsta balsu · 111 dalībnieku", "111 голосов поддержки · 111 участников", "111 votes of support · 111 people")]
    public void TheDigestFigures_AgreeWithTheirCounts(int count, string lv, string ru, string en)
    {
        Assert.EndsWith(lv, Lv.DigestFigures(count, count, count), StringComparison.Ordinal);
        Assert.Contains(ru, Ru.DigestFigures(count, count, count), StringComparison.Ordinal);
        Assert.Contains(en, En.DigestFigures(count, count, count), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "ieguva 1 atbalsta balsi", "набрала 1 голос поддержки", "has 1 vote of support and")]
    [InlineData(2, "ieguva 2 atbalsta balsis", "набрала 2 голоса поддержки", "has 2 votes of support and")]
    [InlineData(11, "ieguva 11 atbalsta balsu", "набрала 11 голосов поддержки", "has 11 votes of support and")]
    [InlineData(21, "ieguva 21 atbalsta balsi", "набрала 21 голос поддержки", "has 21 votes of support and")]
    [InlineData(25, "ieguva 25 atbalsta balsis", "набрала 25 голосов поддержки", "has 25 votes of support and")]
    [InlineData(111, "ieguva 111 atbalsta balsu", "набрала 111 голосов поддержки", "has 111 votes of support and")]
    public void ReadyForTheCouncil_CountsTheSupports(int count, string lv, string ru, string en)
    {
        Assert.Contains(lv, Lv.ModReadyForCouncil(7, "X", count), StringComparison.Ordinal);
        Assert.Contains(ru, Ru.ModReadyForCouncil(7, "X", count), StringComparison.Ordinal);
        Assert.Contains(en, En.ModReadyForCouncil(7, "X", count), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "(1 sūdzība)", "(1 жалоба)", "after 1 report.")]
    [InlineData(2, "(2 sūdzības)", "(2 жалобы)", "after 2 reports.")]
    [InlineData(5, "(5 sūdzības)", "(5 жалоб)", "after 5 reports.")]
    [InlineData(11, "(11 sūdzību)", "(11 жалоб)", "after 11 reports.")]
    [InlineData(21, "(21 sūdzība)", "(21 жалоба)", "after 21 reports.")]
    [InlineData(22, "(22 sūdzības)", "(22 жалобы)", "after 22 reports.")]
    public void HiddenAfterReports_CountsTheReports(int count, string lv, string ru, string en)
    {
        Assert.Contains(lv, Lv.ModHiddenAfterReports(7, "X", count), StringComparison.Ordinal);
        Assert.Contains(ru, Ru.ModHiddenAfterReports(7, "X", count), StringComparison.Ordinal);
        Assert.Contains(en, En.ModHiddenAfterReports(7, "X", count), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "limits: 1 ideja 24", "не больше 1 идеи за", "limit: 1 idea in")]
    [InlineData(2, "limits: 2 idejas 24", "не больше 2 идей за", "limit: 2 ideas in")]
    [InlineData(5, "limits: 5 idejas 24", "не больше 5 идей за", "limit: 5 ideas in")]
    [InlineData(10, "limits: 10 ideju 24", "не больше 10 идей за", "limit: 10 ideas in")]
    [InlineData(21, "limits: 21 ideja 24", "не больше 21 идеи за", "limit: 21 ideas in")]
    public void TheIdeaLimit_CountsIdeas(int count, string lv, string ru, string en)
    {
        Assert.Contains(lv, Lv.IdeaLimitReached(count), StringComparison.Ordinal);
        Assert.Contains(ru, Ru.IdeaLimitReached(count), StringComparison.Ordinal);
        Assert.Contains(en, En.IdeaLimitReached(count), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "pēc 1 dienas", "через 1 день", "in 1 day")]
    [InlineData(2, "pēc 2 dienām", "через 2 дня", "in 2 days")]
    [InlineData(5, "pēc 5 dienām", "через 5 дней", "in 5 days")]
    [InlineData(11, "pēc 11 dienām", "через 11 дней", "in 11 days")]
    [InlineData(21, "pēc 21 dienas", "через 21 день", "in 21 days")]
    [InlineData(22, "pēc 22 dienām", "через 22 дня", "in 22 days")]
    [InlineData(25, "pēc 25 dienām", "через 25 дней", "in 25 days")]
    [InlineData(101, "pēc 101 dienas", "через 101 день", "in 101 days")]
    [InlineData(111, "pēc 111 dienām", "через 111 дней", "in 111 days")]
    public void DaysAhead_AgreeWithTheirCounts(int count, string lv, string ru, string en)
    {
        Assert.Equal(lv, Lv.InDays(count));
        Assert.Equal(ru, Ru.InDays(count));
        Assert.Equal(en, En.InDays(count));
    }

    [Theory]
    [InlineData(1, "pēc 1 minūtes", "через 1 минуту", "in 1 minute")]
    [InlineData(2, "pēc 2 minūtēm", "через 2 минуты", "in 2 minutes")]
    [InlineData(11, "pēc 11 minūtēm", "через 11 минут", "in 11 minutes")]
    [InlineData(21, "pēc 21 minūtes", "через 21 минуту", "in 21 minutes")]
    [InlineData(25, "pēc 25 minūtēm", "через 25 минут", "in 25 minutes")]
    public void MinutesAhead_AgreeWithTheirCounts(int count, string lv, string ru, string en)
    {
        Assert.Equal(lv, Lv.InMinutes(count));
        Assert.Equal(ru, Ru.InMinutes(count));
        Assert.Equal(en, En.InMinutes(count));
    }

    [Theory]
    [InlineData(1, "pēc 1 stundas", "через 1 час", "in 1 hour")]
    [InlineData(2, "pēc 2 stundām", "через 2 часа", "in 2 hours")]
    [InlineData(5, "pēc 5 stundām", "через 5 часов", "in 5 hours")]
    public void HoursAhead_AgreeWithTheirCounts(int count, string lv, string ru, string en)
    {
        Assert.Equal(lv, Lv.InHours(count));
        Assert.Equal(ru, Ru.InHours(count));
        Assert.Equal(en, En.InHours(count));
    }

    [Theory]
    [InlineData(120, "ne vairāk kā 120 rakstzīmju", "не больше 120 символов", "up to 120 characters")]
    [InlineData(121, "ne vairāk kā 121 rakstzīme", "не больше 121 символа", "up to 121 characters")]
    [InlineData(2000, "ne vairāk kā 2000 rakstzīmju", "не больше 2000 символов", "up to 2000 characters")]
    [InlineData(1, "ne vairāk kā 1 rakstzīme", "не больше 1 символа", "up to 1 character")]
    public void LengthLimits_CountCharacters(int max, string lv, string ru, string en)
    {
        Assert.Contains(lv, Lv.IdeaAskTitle(max), StringComparison.Ordinal);
        Assert.Contains(ru, Ru.EventAskPlace(max), StringComparison.Ordinal);
        Assert.Contains(en, En.AnnounceAskText(max), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "par 1 dienu", "дольше 1 дня", "at most 1 day")]
    [InlineData(30, "par 30 dienām", "дольше 30 дней", "at most 30 days")]
    [InlineData(21, "par 21 dienu", "дольше 21 дня", "at most 21 days")]
    public void TheRetentionPeriod_CountsDays(int days, string lv, string ru, string en)
    {
        Assert.Contains(lv, Lv.DeclinedInfo(days), StringComparison.Ordinal);
        Assert.Contains(ru, Ru.DeclinedInfo(days), StringComparison.Ordinal);
        Assert.Contains(en, En.DeclinedInfo(days), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "1 person")]
    [InlineData(7, "7 people")]
    public void EnglishAnnouncements_CountPeople(int count, string expected) =>
        Assert.Contains(expected, En.AnnounceQueued(count), StringComparison.Ordinal);

    /// <summary>Every English phrase that takes counts, given 1 for each: no "1 ideas", "1 reports", "1 days".</summary>
    [Fact]
    public void English_NeverPutsAPluralNounAfterOne()
    {
        foreach (var property in typeof(Phrasebook).GetProperties())
        {
            if (property.GetValue(En) is not Delegate phrase || !phrase.Method.GetParameters().Any(p => p.ParameterType == typeof(int) || p.ParameterType == typeof(PrivacyFacts)))
            {
                continue;
            }

            var arguments = phrase.Method.GetParameters().Select(p => Sample(p.ParameterType)).ToArray();
            var text = (string)phrase.DynamicInvoke(arguments)!;
            Assert.False(OnePlural().IsMatch(text), $"{property.Name}: {text}");
        }
    }

    private static object Sample(Type type) =>
        type == typeof(int) ? 1
        : type == typeof(long) ? 1L
        : type == typeof(string) ? "X"
        : type == typeof(Language) ? Language.Lv
        : type == typeof(PrivacyFacts) ? new PrivacyFacts("City", "address", "dpo", "dpo@example.org", "authority", "host", 13, 1, 24)
        : throw new InvalidOperationException($"No sample for {type}");

    // "1 ideas", "1 new ideas": a 1 followed by words the last of which ends in a plural s.
    [GeneratedRegex(@"(?<![\d#])\b1 (?:[a-z]+ )?[a-z]+s\b(?! of)")]
    private static partial Regex OnePlural();
}
