using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Tests;

public sealed class SettingsTests
{
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task Settings_AfterConsent_ShowBothSubscriptionsOn()
    {
        await chat.Onboard(Language.En);

        var reply = Assert.Single(await chat.Say("/settings"));

        Assert.Contains("✅ Announcements", reply.Text, StringComparison.Ordinal);
        Assert.Contains("✅ Weekly digest", reply.Text, StringComparison.Ordinal);
        Assert.Contains("✅ Idea news", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["set:ann", "set:dig", "set:news", "/language", "/privacy"], reply.Payloads());
    }

    [Fact]
    public async Task ATogglePress_SwitchesThatSubscription_AndRedrawsTheSameMessage()
    {
        await chat.Onboard(Language.Lv);

        var reply = Assert.Single(await chat.Press("set:ann", sourceMessageId: "90"));

        Assert.Equal(Subscriptions.WeeklyDigest | Subscriptions.IdeaNews, chat.Member().Subscriptions);
        Assert.Equal("90", reply.ReplacesMessageId);
        Assert.Contains("⬜ Paziņojumi", reply.Text, StringComparison.Ordinal);
        Assert.Contains("✅ Nedēļas apskats", reply.Text, StringComparison.Ordinal);

        await chat.Press("set:ann");
        await chat.Press("set:dig");
        await chat.Press("set:news");
        Assert.Equal(Subscriptions.Announcements, chat.Member().Subscriptions);
    }

    [Fact]
    public async Task AnUnknownToggle_ChangesNothing_AndIsAnsweredAsAButtonNoLongerActive()
    {
        await chat.Onboard(Language.Ru);

        var reply = Assert.Single(await chat.Press("set:everything"));

        Assert.Equal(Subscriptions.All, chat.Member().Subscriptions);
        Assert.Equal(Texts.Phrasebook.For(Language.Ru).StaleButton, reply.Text);
    }
}
