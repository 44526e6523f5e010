using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>Coordinator "1", authors and supporters "42", "43", "44", "45"; thresholds 3 supports, 3 reports, 2 per page.</summary>
public sealed class CommunityTests
{
    private static readonly Phrasebook En = Phrasebook.For(Language.En);
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task Ideas_WithNothingApproved_InvitesTheFirst()
    {
        await chat.Onboard(Language.En);

        Assert.Equal(En.IdeasEmpty, Assert.Single(await chat.Say("/ideas")).Text);
    }

    [Fact]
    public async Task Ideas_ShowsOnlyApprovedOnes_MostSupportedFirst_APageAtATime()
    {
        await Approved("Low", "Mid", "High");
        await chat.SubmitIdea("Waiting");
        await chat.Press("vote:up:3", userId: "43");
        await chat.Press("vote:up:3", userId: "44");
        await chat.Press("vote:up:2", userId: "43");

        var page1 = await chat.Say("/ideas", userId: "45");
        Assert.StartsWith("<b>#3 · High</b>", page1[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("<b>#2 · Mid</b>", page1[1].Text, StringComparison.Ordinal);
        Assert.Equal(En.IdeasPage(1, 2), page1[2].Text);
        Assert.Equal(["ideas:2", "ideas:1", "ideas:1:n:0:0:0"], page1[2].Payloads().Take(3));
        Assert.Equal(["✓ 👍 Popular", "🆕 Newest", "🎲 Shuffled", "🏷 All themes"], page1[2].Buttons.Skip(1).SelectMany(r => r).Select(b => b.Label));

        var page2 = await chat.Press("ideas:2", userId: "45");
        Assert.StartsWith("<b>#1 · Low</b>", page2[1].Text, StringComparison.Ordinal);
        Assert.Equal("ideas:1", page2[^1].Payloads().First());
        Assert.DoesNotContain(page1.Concat(page2), m => m.Text.Contains("Waiting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Support_CountsOncePerPerson_PressingAgainWithdraws_AndTheButtonShowsIt()
    {
        await Approved("Benches");

        var supported = Assert.Single(await chat.Press("vote:up:1", userId: "43", sourceMessageId: "31"));
        Assert.True(supported.ButtonsOnly);
        Assert.Equal("31", supported.ReplacesMessageId);
        Assert.Equal(En.SupportedLabel(1), supported.Buttons[0][0].Label);
        Assert.Equal(1, chat.Ideas.All[0].SupportCount);

        var withdrawn = Assert.Single(await chat.Press("vote:up:1", userId: "43"));
        Assert.Equal(En.SupportLabel(0), withdrawn.Buttons[0][0].Label);
        Assert.Equal(0, chat.Ideas.All[0].SupportCount);
        Assert.Empty(chat.Ideas.Supports);
    }

    [Fact]
    public async Task Authors_CannotSupportOrReportTheirOwnIdea()
    {
        await Approved("Benches");

        Assert.Equal(En.OwnIdea, Assert.Single(await chat.Press("vote:up:1", userId: "42")).Text);
        Assert.Equal(En.OwnIdea, Assert.Single(await chat.Press("vote:flag:1", userId: "42")).Text);
        Assert.Equal(0, chat.Ideas.All[0].SupportCount);
        // Their own card offers no Follow: they hear of it anyway.
        Assert.DoesNotContain("follow:on:1:c", (await chat.Say("/ideas", userId: "42"))[0].Payloads());
        Assert.Contains("follow:on:1:c", (await chat.Say("/ideas", userId: "43"))[0].Payloads());
    }

    [Fact]
    public async Task ReachingTheSupportThreshold_FlagsTheIdeaToCoordinators_Once()
    {
        await Approved("Benches");
        await chat.Press("vote:up:1", userId: "43");
        await chat.Press("vote:up:1", userId: "44");

        var third = await chat.Press("vote:up:1", userId: "45");

        var flag = third.To("1");
        Assert.StartsWith(En.ModReadyForCouncil(1, "Benches", 3), flag.Text, StringComparison.Ordinal);
        Assert.NotNull(chat.Ideas.All[0].ReadyForCouncilAt);

        await chat.Press("vote:up:1", userId: "45");
        var again = await chat.Press("vote:up:1", userId: "45");
        Assert.DoesNotContain(again, m => m.To.ChatId == "1");
    }

    [Fact]
    public async Task ReportsFromEnoughDifferentPeople_HideTheIdea_UntilACoordinatorRestoresIt()
    {
        await Approved("Benches");
        await chat.Press("vote:flag:1:spam", userId: "43");
        Assert.Equal(En.ReportAlready, Assert.Single(await chat.Press("vote:flag:1:other", userId: "43"), m => !m.ButtonsOnly).Text);
        await chat.Press("vote:flag:1:offensive", userId: "44");
        Assert.False(chat.Ideas.All[0].IsHidden);

        var third = await chat.Press("vote:flag:1:spam", userId: "45");

        Assert.Equal(En.ReportThanks("Spam or advertising"), third.To("45").Text);
        Assert.StartsWith(En.ModHiddenAfterReports(1, "Benches", 3) + "\nReasons: Spam or advertising 2 · Offensive 1", third.To("1").Text, StringComparison.Ordinal);
        Assert.Equal(["mod:back:1", "mod:no:1"], third.To("1").Payloads());
        Assert.True(chat.Ideas.All[0].IsHidden);
        Assert.Equal(En.IdeasEmpty, Assert.Single(await chat.Say("/ideas", userId: "43")).Text);
        Assert.Equal(En.IdeaNotAvailable, Assert.Single(await chat.Press("vote:up:1", userId: "43")).Text);
        Assert.Contains("mod:back:1", (await chat.Say("/pending", userId: "1")).SelectMany(m => m.Payloads()));

        await chat.Press("mod:back:1", userId: "1");

        Assert.False(chat.Ideas.All[0].IsHidden);
        Assert.Empty(chat.Ideas.Reports);
        Assert.StartsWith("<b>#1 · Benches</b>", (await chat.Say("/ideas", userId: "43"))[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_AsksWhyFirst_AndNothingIsCountedUntilAReasonIsChosen()
    {
        await Approved("Benches");

        var asked = Assert.Single(await chat.Press("vote:flag:1", userId: "43"));

        Assert.Equal("Why are you reporting idea #1 “Benches”?", asked.Text);
        Assert.Equal(["vote:flag:1:spam", "vote:flag:1:offensive", "vote:flag:1:offtopic", "vote:flag:1:other", "vote:keep:1"], asked.Payloads());
        Assert.Equal(0, chat.Ideas.All[0].ReportCount);
        Assert.Equal(En.ReportNotSent, Assert.Single(await chat.Press("vote:keep:1", userId: "43"), m => !m.ButtonsOnly).Text);
        Assert.Empty(chat.Ideas.Reports);

        var sent = Assert.Single(await chat.Press("vote:flag:1:offtopic", userId: "43"), m => !m.ButtonsOnly);
        Assert.Equal(En.ReportThanks("Not about the city"), sent.Text);
        Assert.Equal(["vote:unflag:1"], sent.Payloads());
        Assert.Equal(Ideas.ReportReason.NotAboutTheCity, Assert.Single(chat.Ideas.Reports).Reason);
    }

    [Fact]
    public async Task AReporter_CanWithdraw_AndAnIdeaHiddenByReportsStaysHiddenUntilACoordinatorLooks()
    {
        await Approved("Benches");
        await chat.Press("vote:flag:1:spam", userId: "43");
        await chat.Press("vote:flag:1:spam", userId: "44");
        await chat.Press("vote:flag:1:spam", userId: "45");
        Assert.True(chat.Ideas.All[0].IsHidden);

        var withdrawn = await chat.Press("vote:unflag:1", userId: "44");

        Assert.Equal(En.ReportWithdrawn(1), Assert.Single(withdrawn, m => !m.ButtonsOnly).Text);
        Assert.Equal((2, true), (chat.Ideas.All[0].ReportCount, chat.Ideas.All[0].IsHidden));
        Assert.Equal(2, chat.Ideas.Reports.Count);
        Assert.Equal(En.ReportNothingToWithdraw, Assert.Single(await chat.Press("vote:unflag:1", userId: "44"), m => !m.ButtonsOnly).Text);
        Assert.Equal(2, chat.Ideas.All[0].ReportCount);

        // A hidden idea is not open to reports, so withdrawing and reporting again rings nobody twice.
        var again = await chat.Press("vote:flag:1:spam", userId: "44");
        Assert.DoesNotContain(again, m => m.To.ChatId == "1");
        Assert.Equal((2, true), (chat.Ideas.All[0].ReportCount, chat.Ideas.All[0].IsHidden));
    }

    [Fact]
    public async Task MyIdeas_ShowsStatusSupportsAndTheCoordinatorsComment()
    {
        await Approved("Benches");
        await chat.SubmitIdea("Concerts");
        await chat.Press("vote:up:1", userId: "43");
        await chat.Press("mod:wip:1", userId: "1");
        await chat.Say("Ordered for spring", userId: "1");

        var mine = Assert.Single(await chat.Say("/myideas"));

        Assert.Equal(
            "Your ideas:\n\n#2 <b>Concerts</b>\n📌 waiting for review · 👍 0\n\n#1 <b>Benches</b>\n📌 in progress · 👍 1\n💬 Ordered for spring",
            mine.Text);
    }

    [Fact]
    public async Task VoteButtons_NeedConsent()
    {
        await Approved("Benches");
        await chat.Say("/start", userId: "50");

        var reply = Assert.Single(await chat.Press("vote:up:1", userId: "50"));

        Assert.Equal("🌐 Izvēlies valodu · Выбери язык · Choose your language", reply.Text);
        Assert.Equal(0, chat.Ideas.All[0].SupportCount);
    }

    /// <summary>Resident "42" submits the ideas; coordinator "1" approves them; "43"–"45" are onboarded.</summary>
    private async Task Approved(params string[] titles)
    {
        if (chat.StoredMembers.Count == 0)
        {
            foreach (var user in new[] { "1", "42", "43", "44", "45" })
            {
                await chat.Onboard(Language.En, userId: user);
            }
        }

        foreach (var title in titles)
        {
            await chat.SubmitIdea(title);
            await chat.Press($"mod:ok:{chat.Ideas.All.Count}", userId: "1");
        }
    }
}
