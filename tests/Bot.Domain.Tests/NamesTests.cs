using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Onboarding;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>The name the platform gives is kept only once a person consents, and only coordinators see it.</summary>
public sealed class NamesTests
{
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task TheName_IsKeptFromConsentOn_AndNotBefore()
    {
        chat.Names["42"] = "Anna Bērziņa (@anna)";
        await chat.Say("/start", "42");
        await chat.Press(LanguageButtons.PayloadFor(Language.Lv), "42");
        Assert.Null(chat.Member("42").DisplayName);

        await chat.Press(ConsentButtons.AcceptPayload, "42");
        Assert.Equal("Anna Bērziņa (@anna)", chat.Member("42").DisplayName);

        chat.Names["42"] = "Anna B.";
        await chat.Say("/help", "42");
        Assert.Equal("Anna B.", chat.Member("42").DisplayName);
    }

    [Fact]
    public async Task SomeoneWhoDeclines_HasNoNameKept()
    {
        chat.Names["42"] = "Anna";
        await chat.Onboard(Language.En, "42");
        Assert.Equal("Anna", chat.Member("42").DisplayName);

        chat.Member("42").DeclineConsent(chat.Clock.GetUtcNow());
        await chat.Say("/start", "42");

        Assert.Null(chat.Member("42").DisplayName);
    }

    [Fact]
    public async Task AName_IsCleanedAndBounded()
    {
        chat.Names["42"] = "\u001b[31mAnna\u0007 " + new string('x', 300);
        await chat.Onboard(Language.En, "42");

        var name = chat.Member("42").DisplayName!;
        Assert.StartsWith("Anna x", name, StringComparison.Ordinal);
        Assert.Equal(Member.MaxDisplayNameLength, name.Length);
    }

    [Fact]
    public async Task TheModerationCard_NamesTheAuthor_AndSaysWhenThePlatformGaveNoName()
    {
        chat.Names["42"] = "Anna <b>Bērziņa</b>";
        await chat.Onboard(Language.En, "1");
        await chat.Onboard(Language.Lv, "42");
        await chat.Onboard(Language.Ru, "43");

        var named = await chat.SubmitIdea("Benches", "42");
        var nameless = await chat.SubmitIdea("Lights", "43");

        Assert.EndsWith("👤 Author: Anna &lt;b&gt;Bērziņa&lt;/b&gt; · Telegram · language: Latvian", named.To("1").Text, StringComparison.Ordinal);
        Assert.EndsWith($"👤 Author: no name · ID {chat.Member("43").Id} · Telegram · language: Russian", nameless.To("1").Text, StringComparison.Ordinal);
        Assert.DoesNotContain(named, m => m.To.ChatId == "42" && m.Text.Contains("Anna", StringComparison.Ordinal));
    }
}
