using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Texts;

namespace GenYCity.Bot.Domain.Tests;

/// <summary>An idea's place: rounded to about 100 m, typed or shared, with a district where the city has them.</summary>
public sealed class PlaceTests
{
    private static readonly Phrasebook En = Phrasebook.For(Language.En);
    private readonly ChatHarness chat = new();

    [Theory]
    [InlineData("55.87472, 26.53611", 55.875, 26.536)]
    [InlineData("55.8744;26.5364", 55.874, 26.536)]
    [InlineData("-33.85679 151.21519", -33.857, 151.215)]
    [InlineData("55,87472 26,53611", 55.875, 26.536)]
    [InlineData("https://www.google.com/maps?q=55.874721,26.536111", 55.875, 26.536)]
    [InlineData("https://www.openstreetmap.org/#map=19/55.87472/26.53611", 55.875, 26.536)]
    public void TypedCoordinates_AreReadAsAPoint_Rounded(string typed, double latitude, double longitude)
    {
        var place = Place.FromText(typed);

        Assert.Equal((latitude, longitude, (string?)null), (place.Latitude, place.Longitude, place.Text));
    }

    [Fact]
    public void CoordinatesInsideText_AreTakenOut_SoNoExactSpotIsKeptInWords()
    {
        var place = Place.FromText("Pie mājas 55.874721, 26.536111 (sētā)");

        Assert.Equal((55.875, 26.536), (place.Latitude, place.Longitude));
        Assert.Equal("Pie mājas (sētā)", place.Text);
        Assert.DoesNotContain("874721", place.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Pie Vienības nama")]
    [InlineData("95.1, 26.5")]
    [InlineData("55.8, 190")]
    public void AnythingElse_IsThePlacesName(string typed)
    {
        var place = Place.FromText(typed);

        Assert.Equal((null, null, typed), (place.Latitude, place.Longitude, place.Text));
        Assert.Null(place.MapLink);
    }

    [Fact]
    public void APoint_LinksToOpenStreetMap()
    {
        Assert.Equal("https://www.openstreetmap.org/?mlat=55.875&mlon=26.536#map=17/55.875/26.536", Place.FromPoint(55.87472, 26.53611)!.MapLink);
        Assert.Null(Place.FromPoint(double.NaN, 26.5));
    }

    [Fact]
    public async Task ASharedLocation_IsStoredRounded_AndTheCardsShowTheMapLink()
    {
        await chat.Onboard(Language.Lv, "1");
        await chat.Onboard(Language.En);
        await StartToThePlaceStep();

        var preview = (await chat.Handle(Location(55.874721, 26.536111, "Vienības nams, Rīgas iela 22")))[^1];
        Assert.Contains("📍 Vienības nams, Rīgas iela 22 · 55.875, 26.536", preview.Text, StringComparison.Ordinal);
        var card = (await chat.Press(preview.Payloads().First())).To("1");

        var idea = Assert.Single(chat.Ideas.All);
        Assert.Equal((55.875, 26.536, "Vienības nams, Rīgas iela 22"), (idea.Latitude, idea.Longitude, idea.PlaceText));
        Assert.Contains("\n📍 Vienības nams, Rīgas iela 22\n🗺 https://www.openstreetmap.org/?mlat=55.875&mlon=26.536#map=17/55.875/26.536", card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnMessenger_ThePlaceIsTyped_AndAStickerIsAskedAgain()
    {
        chat.Channel = ChannelKind.Messenger;
        await chat.Onboard(Language.En);
        var asked = await StartToThePlaceStep();
        Assert.Equal(En.IdeaAskPlaceTyped, asked.Text);

        Assert.StartsWith(En.InputNeedsPlace, (await chat.SendUnsupported())[0].Text, StringComparison.Ordinal);
        var preview = (await chat.Say("Pie cietokšņa"))[^1];

        Assert.Contains("📍 Pie cietokšņa", preview.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhereTheCityHasDistricts_TheyAreAsked_AndOffered()
    {
        chat.Options.Districts = [new Theme { Key = "centrs", Lv = "Centrs", Ru = "Центр", En = "Centre" }, new Theme { Key = "griva", Lv = "Grīva", Ru = "Грива", En = "Grīva" }];
        await chat.Onboard(Language.En);
        await StartToThePlaceStep();

        var district = (await chat.Press("idea:skip"))[^1];
        Assert.Equal(En.IdeaAskDistrict, district.Text);
        Assert.Equal(["idea:district:centrs", "idea:district:griva", "idea:skip", "idea:cancel"], district.Payloads());
        Assert.StartsWith(En.InputUseButtons, (await chat.Press("idea:district:nowhere"))[^1].Text, StringComparison.Ordinal);
        var preview = (await chat.Press("idea:district:griva"))[^1];

        Assert.Contains("📍 Grīva", preview.Text, StringComparison.Ordinal);
        await chat.Press(preview.Payloads().First());
        Assert.Equal("griva", Assert.Single(chat.Ideas.All).DistrictKey);
    }

    private async Task<OutboundMessage> StartToThePlaceStep()
    {
        await chat.Say("/idea");
        await chat.Say("Benches");
        await chat.Say("Ten of them.");
        await chat.Press("idea:theme:parks");
        return (await chat.Press("idea:skip"))[^1];
    }

    private static InboundMessage Location(double latitude, double longitude, string? name) => new()
    {
        Channel = ChannelKind.Telegram,
        ChatId = "42",
        UserId = "42",
        UpdateKey = Guid.NewGuid().ToString(),
        Kind = InboundKind.Location,
        Location = new SharedLocation(latitude, longitude, name),
    };
}
