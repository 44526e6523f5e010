using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;

namespace GenYCity.Bot.Domain.Tests;

public sealed class ValueTests
{
    [Theory]
    [InlineData("/start", "start", "")]
    [InlineData("/start event_12", "start", "event_12")]
    [InlineData("  /Help  ", "help", "")]
    [InlineData("/help@GenYCityBot", "help", "")]
    [InlineData("/language@GenYCityBot ru", "language", "ru")]
    public void CommandText_ReadsNameAndArgument(string text, string name, string argument)
    {
        Assert.True(CommandText.TryParse(text, out var parsedName, out var parsedArgument));
        Assert.Equal(name, parsedName);
        Assert.Equal(argument, parsedArgument);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("/")]
    [InlineData("/ start")]
    [InlineData("/123")]
    [InlineData("")]
    [InlineData(null)]
    public void CommandText_RefusesWhatIsNotACommand(string? text) =>
        Assert.False(CommandText.TryParse(text, out _, out _));

    [Fact]
    public void Button_AcceptsAPayloadOfExactlyTelegramsLimit()
    {
        var payload = new string('x', Button.MaxPayloadBytes);

        Assert.Equal(payload, new Button("ok", payload).Payload);
    }

    [Fact]
    public void Button_RefusesAPayloadOverTheLimitInBytes_NotCharacters()
    {
        var cyrillic = new string('ж', 33); // 66 bytes in UTF-8

        Assert.Throws<ArgumentException>(() => new Button("ok", cyrillic));
    }

    [Fact]
    public void Markup_EscapesWhatAPersonTyped_AndStripsToPlainText()
    {
        var typed = "Tom & Jerry <script>";
        var markup = $"<b>{Markup.Escape(typed)}</b>";

        Assert.Equal("<b>Tom &amp; Jerry &lt;script&gt;</b>", markup);
        Assert.Equal(typed, Markup.ToPlainText(markup));
    }

    [Theory]
    [InlineData("telegram:123456", ChannelKind.Telegram, "123456")]
    [InlineData("Console:local", ChannelKind.Console, "local")]
    [InlineData("messenger: 987 ", ChannelKind.Messenger, "987")]
    public void Coordinators_ReadChannelAndId(string entry, ChannelKind channel, string id)
    {
        var coordinators = new Coordinators([entry]);

        Assert.True(coordinators.Contains(channel, id));
        Assert.False(coordinators.Contains(channel, id + "0"));
    }

    [Theory]
    [InlineData("123456")]
    [InlineData("telegram:")]
    [InlineData(":123")]
    [InlineData("fax:123")]
    [InlineData("1:123")]
    public void Coordinators_RefuseMalformedEntries(string entry) =>
        Assert.Throws<ArgumentException>(() => new Coordinators([entry]));

    [Fact]
    public void Member_TogglesSubscriptionsOnlyAfterConsent()
    {
        var member = new Member(ChannelKind.Telegram, "1", "1", Language.En, DateTimeOffset.UnixEpoch);

        Assert.False(member.Toggle(Subscriptions.Announcements));
        Assert.Equal(Subscriptions.None, member.Subscriptions);

        member.GiveConsent(DateTimeOffset.UnixEpoch);
        Assert.False(member.Toggle(Subscriptions.Announcements));
        Assert.Equal(Subscriptions.WeeklyDigest | Subscriptions.IdeaNews, member.Subscriptions);
    }

    [Fact]
    public void Member_WritingAgain_MakesAnUnreachableMemberReachable()
    {
        var member = new Member(ChannelKind.Telegram, "1", "1", Language.En, DateTimeOffset.UnixEpoch);
        member.MarkUnreachable();

        member.Touch(DateTimeOffset.UnixEpoch.AddDays(1));

        Assert.True(member.IsReachable);
    }
}
