using System.Reflection;
using GenYCity.Bot.Domain.Digest;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Onboarding;
using GenYCity.Bot.Domain.Texts;
using Microsoft.Extensions.Time.Testing;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>Button labels fit Messenger's 20 characters in every language, fixed and configured ones alike.</summary>
public sealed class LabelsTests
{
    private const string LongTitle = "Jauniešu domes sēde par pilsētas budžetu 2027. gadam";

    // Counts on buttons (supports, audiences) up to three digits fit; a larger one is shortened by the sender.
    private static readonly int[] Counts = [0, 7, 99, 999];

    public static TheoryData<string> AllLanguages => new(Languages.All.Select(l => l.Code));

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void EveryFixedLabel_Fits(string language)
    {
        var labels = TextSets.In(language)
            .SelectMany(set => set.GetType().GetProperties().Where(p => p.GetCustomAttribute<LabelAttribute>() is not null).Select(p => (Set: set, Property: p)))
            .ToList();
        Assert.True(labels.Count > 40, "the labels are marked with [Label]");
        foreach (var (set, property) in labels)
        {
            foreach (var label in Rendered(property.GetValue(set)!))
            {
                Assert.True(label.Length <= ButtonLabel.MaxLength, $"{language} {property.Name}: \"{label}\" is {label.Length} characters");
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void TheMarkedForms_Fit(string language)
    {
        var t = Phrasebook.For(language);
        foreach (var answer in new[] { t.RsvpGoing, t.RsvpMaybe, t.RsvpNotGoing })
        {
            Assert.True($"• {answer} •".Length <= ButtonLabel.MaxLength, answer);
        }

        foreach (var setting in new[] { t.SettingAnnouncements, t.SettingDigest })
        {
            Assert.True($"✅ {setting}".Length <= ButtonLabel.MaxLength, setting);
        }

        Assert.All(Languages.All, l => Assert.True(l.NativeName().Length <= ButtonLabel.MaxLength));
    }

    [Fact]
    public void TheConfiguredThemes_FitInEveryLanguage()
    {
        var themes = RepositorySettings.Bot.Themes;

        Assert.NotEmpty(themes);
        foreach (var theme in themes)
        {
            Assert.All(Languages.All, l => Assert.True(theme.Name(l).Length <= ButtonLabel.MaxLength, $"{theme.Key} {l}: {theme.Name(l)}"));
        }
    }

    [Fact]
    public void TheRepositorySettings_PassTheChecksMadeAtStart()
    {
        Assert.Empty(Validate(RepositorySettings.Bot));
        Assert.Empty(Validate(RepositorySettings.Privacy));
    }

    [Theory]
    [InlineData("Skeitparks", "Skeitparks")]
    [InlineData("Jauniešu domes sēde par budžetu", "Jauniešu domes sēde…")]
    [InlineData("Jauniešudomessēdeparbudžetu", "Jauniešudomessēdepa…")]
    [InlineData("Общественные пространства", "Общественные…")]
    [InlineData("🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉", "🎉🎉🎉🎉🎉🎉🎉🎉🎉…")]
    [InlineData("Sēde: budžets, plāni, idejas", "Sēde: budžets…")]
    public void UserText_IsShortenedAtAWord_NeverInsideAnEmojiOrALetter(string text, string expected)
    {
        var label = ButtonLabel.Fit(text);

        Assert.Equal(expected, label);
        Assert.True(label.Length <= ButtonLabel.MaxLength);
    }

    [Fact]
    public void ALetterWithACombiningAccent_StaysWhole()
    {
        // "ē" typed as e + U+0304: a cut between the two would leave a bare "e" and a stray accent.
        var word = string.Concat(Enumerable.Repeat("e\u0304", 15));
        var words = string.Join(' ', Enumerable.Repeat("se\u0304de", 5));

        Assert.Equal(string.Concat(Enumerable.Repeat("e\u0304", 9)) + "…", ButtonLabel.Fit(word));
        Assert.Equal("se\u0304de se\u0304de se\u0304de…", ButtonLabel.Fit(words));
    }

    [Fact]
    public void ALabelAroundUserText_KeepsItsCount()
    {
        var label = ButtonLabel.Fit(title => Phrasebook.For(Language.Ru).AudienceEvent(title, 1234), LongTitle);

        Assert.EndsWith(" (1234)", label, StringComparison.Ordinal);
        Assert.StartsWith("📅 Jauniešu", label, StringComparison.Ordinal);
        Assert.True(label.Length <= ButtonLabel.MaxLength, label);
    }

    [Theory]
    [InlineData(ChannelKind.Messenger, "📅 Jauniešu… (0)")]
    [InlineData(ChannelKind.Telegram, "📅 Jauniešu domes sēde par… (0)")]
    public async Task AnEventTitleOnAButton_KeepsAsMuchAsTheChannelShows(ChannelKind channel, string expected)
    {
        var chat = new ChatHarness { Channel = channel };
        chat.Options.Coordinators.Add("messenger:1");
        await chat.Onboard(Language.En, "1");
        await chat.Say("/newevent", "1");
        foreach (var answer in new[] { LongTitle, "05.12.2026 18:00", "Vienības iela 1", "…", "5" })
        {
            await chat.Say(answer, "1");
        }

        await chat.Press(NewEventFlow.Payload($"publish:{chat.StoredConversations.Single().ReadDraft<EventDraft>().Key}"), "1");
        await chat.Say("/announce", "1");
        await chat.Say("Hello", "1");

        var audience = (await chat.Press(Broadcasts.AnnounceFlow.Payload("skip"), "1"))[^1];

        Assert.Equal(expected, audience.Buttons[1][0].Label);
    }

    [Fact]
    public void TheDigestsEventButtons_AreShortened()
    {
        var meeting = CityEvent.Publish(LongTitle, new DateTimeOffset(2026, 12, 2, 16, 0, 0, TimeSpan.Zero), "Vienības iela 1", "…", null,
            new Member(ChannelKind.Telegram, "1", "1", Language.Lv, DateTimeOffset.UnixEpoch), DateTimeOffset.UnixEpoch);
        var facts = new DigestFacts([], [], [meeting], new DigestFigures(0, 0, 0));
        var now = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

        var digest = new DigestComposer(new EventTime(new BotOptions(), new FakeTimeProvider(now))).Template(facts, DigestPeriod.WeekEnding(now), now, Language.Lv);

        Assert.Equal("📅 Jauniešu domes…", Assert.Single(Assert.Single(digest.Buttons)).Label);
    }

    /// <summary>Every screen with buttons a coordinator and a resident meet on Messenger, in each language: no label over 20.</summary>
    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task EveryButtonPeopleMeet_Fits(string language)
    {
        var chat = new ChatHarness() { Channel = ChannelKind.Messenger };
        chat.Options.Coordinators.Add("messenger:1");
        chat.Options.Themes.Clear();
        chat.Options.Themes.AddRange(RepositorySettings.Bot.Themes);
        var seen = new List<OutboundMessage>();
        async Task Say(string text, string user = "1") => seen.AddRange(await chat.Say(text, user));
        async Task Press(string payload, string user = "1") => seen.AddRange(await chat.Press(payload, user));

        foreach (var user in new[] { "1", "42" })
        {
            await Say("/start", user);
            await Press(LanguageButtons.PayloadFor(language), user);
            await Say("/privacy", user);
            await Press(ConsentButtons.AcceptPayload, user);
        }

        foreach (var command in new[] { "/help", "/settings", "/forgetme", "/privacy" })
        {
            await Say(command);
        }

        await Say("/idea", "42");
        await Say("Skeitparks", "42");
        await Say("Pie Daugavas", "42");
        await Press(SubmitIdeaFlow.Payload($"theme:{chat.Options.Themes[0].Key}"), "42");
        await Press(SubmitIdeaFlow.Payload("skip"), "42");
        await Press(SubmitIdeaFlow.Payload("edit"), "42");
        await Press(SubmitIdeaFlow.Payload("edit:back"), "42");
        await Press(seen[^1].Payloads().First(), "42");
        await Say("/pending");
        await Press(ModerationButtonsHandler.Payload(ModerationButtonsHandler.Approve, 1));
        await Say("/ideas", "1");
        await Press(VoteButtons.Payload(VoteButtons.Support, 1));

        await Say("/newevent");
        await Say(LongTitle);
        await Say("05.12.2026 18:00");
        await Say("Vienības iela 1");
        await Say("Kopā plānosim budžetu.");
        await Say("1");
        await Press(NewEventFlow.Payload("edit"));
        await Press(NewEventFlow.Payload("edit:back"));
        await Press(seen[^1].Payloads().First());
        await Press(RsvpButtons.Payload(RsvpAnswer.Going, 1), "42");
        await Press(RsvpButtons.Payload(RsvpAnswer.Maybe, 1), "1");
        await Say("/events");
        await Press(EventManageButtons.Payload(EventManageButtons.Cancel, 1));
        await Say("/announce");
        await Say("Sveiki!");
        await Press(Broadcasts.AnnounceFlow.Payload("skip"));
        await Press(Broadcasts.AnnounceFlow.Payload("to:event:1"));

        var labels = seen.SelectMany(m => m.Buttons).SelectMany(row => row).Select(b => b.Label).Distinct().ToList();
        Assert.True(labels.Count > 45, $"the walk met {labels.Count} labels");
        Assert.Contains(Phrasebook.For(language).EventCancelYes, labels);
        Assert.All(labels, label => Assert.True(label.Length <= ButtonLabel.MaxLength, $"{language}: \"{label}\" is {label.Length} characters"));
    }

    private static IEnumerable<string> Rendered(object value) => value switch
    {
        string text => [text],
        Func<int, string> count => Counts.Select(count),
        Func<long, string> number => [number(999_999)],
        // A label around user text is made with ButtonLabel.Fit, which shortens the text to fit.
        Func<string, string> around => [ButtonLabel.Fit(around, LongTitle)],
        Func<string, int, string> aroundWithCount => [ButtonLabel.Fit(title => aroundWithCount(title, 99_999), LongTitle)],
        Func<CouncilDecision, string> decision => Enum.GetValues<CouncilDecision>().Select(decision),
        _ => throw new InvalidOperationException($"A label of type {value.GetType()} needs a case here."),
    };

    private static List<string> Validate(object options)
    {
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage!).ToList();
    }
}
