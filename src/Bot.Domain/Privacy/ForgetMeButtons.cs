using GenYCity.Bot.Domain.Chat;
using GenYCity.Bot.Domain.Members;

namespace GenYCity.Bot.Domain.Privacy;

/// <summary>The answer to /forgetme: "forget:yes" erases, "forget:no" keeps everything.</summary>
public sealed class ForgetMeButtons(IPersonalDataStore store, Events.IEventRepository events, IMemberRepository members) : ButtonHandler<ForgetMePress>
{
    public const string Prefix = "forget";
    public const string Yes = "forget:yes";
    public const string No = "forget:no";

    private static readonly Dictionary<string, ForgetMePress> Answers = new(StringComparer.Ordinal)
    {
        ["yes"] = new ForgetMePress(Erase: true),
        ["no"] = new ForgetMePress(Erase: false),
    };

    public override bool NeedsConsent => false;

    protected override ButtonData<ForgetMePress> Data { get; } = ButtonData.Word(Prefix, Answers);

    protected override async Task HandleAsync(ChatContext chat, ForgetMePress press, CancellationToken ct)
    {
        switch (press.Erase)
        {
            case true:
                // Said in the language they knew, before the member (and their language) is gone.
                var done = chat.T.ForgetMeDone;
                chat.EndConversation();
                await FreePlacesAsync(chat, ct);
                await store.EraseAsync(chat.Member, ct);
                chat.ReplaceSource(done);
                break;
            case false:
                chat.ReplaceSource(chat.T.ForgetMeKept);
                break;
        }
    }

    /// <summary>The places the person held at coming events go to the longest-waiting people, who are told.</summary>
    private async Task FreePlacesAsync(ChatContext chat, CancellationToken ct)
    {
        var upcoming = await events.ListUpcomingAsync(chat.Now, 1000, ct);
        var answers = await events.RsvpsOfAsync(chat.Member.Id, upcoming.Select(e => e.Id).ToList(), ct);
        foreach (var cityEvent in upcoming.Where(e => answers.TryGetValue(e.Id, out var answer) && answer.HasPlace))
        {
            await Events.RsvpButtons.PromoteNextAsync(chat, cityEvent, events, members, ct);
        }
    }
}
