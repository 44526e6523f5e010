using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>
/// A typed answer that is exactly a label of the question's own buttons, in the person's language, is that
/// press, on every platform: "izlaist" under "Izlaist" skips, it is not saved as the place.
/// </summary>
public sealed class TypedLabelTests
{
    private readonly ChatHarness chat = new();

    [Theory]
    [InlineData("lv", "izlaist")]
    [InlineData("lv", "  IZLAIST ")]
    [InlineData("ru", "пропустить")]
    [InlineData("en", "⏭ skip")]
    public async Task TheSkipLabel_TypedAtThePlaceStep_Skips_AndSavesNoPlace(string language, string typed)
    {
        var t = Phrasebook.For(new Language(language));
        await chat.Onboard(new Language(language));
        await ToThePlaceStep();

        var preview = Assert.Single(await chat.Say(typed), m => !m.ButtonsOnly);

        Assert.Contains(t.IdeaSubmit, preview.Buttons.SelectMany(r => r).Select(b => b.Label));
        await chat.Press(preview.Payloads().First());
        var idea = Assert.Single(chat.Ideas.All);
        Assert.Null(idea.Place);
    }

    [Fact]
    public async Task APlaceThatOnlyContainsALabel_IsAPlace()
    {
        await chat.Onboard(Language.En);
        await ToThePlaceStep();

        var preview = Assert.Single(await chat.Say("Skip park"), m => !m.ButtonsOnly);
        await chat.Press(preview.Payloads().First());

        Assert.Equal("Skip park", Assert.Single(chat.Ideas.All).Place?.Text);
    }

    [Fact]
    public async Task TheCancelLabel_TypedAtTheTitleStep_Cancels_InTheLanguageOfThePerson()
    {
        await chat.Onboard(Language.Lv);
        await chat.Say("/idea");

        var reply = Assert.Single(await chat.Say("Atcelt"));

        Assert.Equal(Phrasebook.For(Language.Lv).Cancelled, reply.Text);
        Assert.Empty(chat.StoredConversations);
    }

    [Fact]
    public async Task ALabelInAnotherLanguage_OrOfAButtonTheQuestionDoesNotHave_IsText()
    {
        await chat.Onboard(Language.Lv);
        await chat.Say("/idea");

        // "Cancel" is the English label: for a Latvian speaker it is a title. "Approve" is no button here at all.
        await chat.Say("Cancel");
        await chat.Say("Approve");

        var draft = Assert.Single(chat.StoredConversations).ReadDraft<IdeaDraft>();
        Assert.Equal(("Cancel", "Approve"), (draft.Title, draft.Description));
    }

    [Fact]
    public async Task AThemeTyped_IsThatThemePressed()
    {
        await chat.Onboard(Language.En);
        await chat.Say("/idea");
        await chat.Say("Benches by the river");
        await chat.Say("Ten benches.");

        var photoQuestion = Assert.Single(await chat.Say("culture"));

        Assert.Equal(["idea:skip", "idea:cancel"], photoQuestion.Payloads());
        Assert.Equal("culture", Assert.Single(chat.StoredConversations).ReadDraft<IdeaDraft>().ThemeKey);
    }

    [Fact]
    public async Task AQuickClosingTyped_AtThePollsClosingStep_IsThatClosing_NotAnUnreadableDate()
    {
        await chat.Onboard(Language.Lv, "1");
        await chat.Say("/newpoll", userId: "1");
        await chat.Say("Kur likt soliņus?", userId: "1");
        await chat.Say("Parks\nUpe", userId: "1");
        await chat.Press("newpoll:to:all", userId: "1");
        var label = Polls.PollTexts.For(Language.Lv).InDays(3);

        var preview = Assert.Single(await chat.Say(label.ToUpperInvariant(), userId: "1"));

        Assert.Contains(preview.Payloads(), p => p.StartsWith("newpoll:send:", StringComparison.Ordinal));
        Assert.Equal(chat.Clock.GetUtcNow().AddDays(3).Date, Assert.Single(chat.StoredConversations).ReadDraft<Polls.PollDraft>().ClosesAt?.Date);
    }

    [Theory]
    [InlineData("✅ I agree", "I agree", true)]
    [InlineData("✅ I agree", "i AGREE!", true)]
    [InlineData("Izlaist", "izlaist", true)]
    [InlineData("📍 Map", "map", true)]
    [InlineData("Skip", "Skip park", false)]
    [InlineData("Skip", "📍 skip it", false)]
    [InlineData("👍", "👍", false)]
    [InlineData("👍 Support · 3", "support", true)]
    [InlineData("Subscribers (41)", "Subscribers", true)]
    [InlineData("📅 Talka (1)", "talka", true)]
    [InlineData("Route 66", "route", false)]
    [InlineData("2. Lauceses park", "lauceses park", true)]
    [InlineData("✔️ 2. Lauceses park", "Lauceses park", true)]
    [InlineData("3 days", "3", false)]
    [InlineData("Publiskā telpa", "publiska telpa", true)]
    [InlineData("Вернуться", "вернутся", false)]
    [InlineData("Route 66", "Route 66", true)]
    public void ALabel_IsMatchedByItsWords_WhateverTheCaseOrTheEmojiAtItsEnds(string label, string typed, bool same) =>
        Assert.Equal(same, ButtonLabels.Same(label, typed));

    [Fact]
    public void TwoButtonsThatReadAlike_AndDoDifferentThings_AreNeitherPressed_ButTheSameButtonTwiceIs()
    {
        var first = new Button("📅 Talka (3)", "announce:to:event:1");
        var second = new Button("📅 Talka (12)", "announce:to:event:2");

        Assert.Null(ButtonLabels.Typed([[first, second]], "talka"));
        Assert.Same(first, ButtonLabels.Typed([[first], [new Button("📅 Talka", first.Payload)]], "talka"));
    }

    private async Task ToThePlaceStep()
    {
        await chat.Say("/idea");
        await chat.Say("Benches by the river");
        await chat.Say("Ten benches.");
        await chat.Press("idea:theme:parks");
        await chat.Press("idea:skip");
    }
}
