using GenYCity.Bot.Domain.Chat;

namespace GenYCity.Bot.Domain.Events;

/// <summary>Events: /events, answers and the waiting list, calendar files, reminders, and /newevent.</summary>
public sealed class EventsFeature : IFeature
{
    public IReadOnlyList<CommandInfo> Commands => [EventsCommand.Command, NewEventFlow.Command];

    public void Register(FeatureBuilder feature) => feature
        .Settings<EventsOptions>(EventsOptions.SectionName)
        .Shares<EventTime>()
        .Shares<EventCards>()
        .Uses<EventViewer>()
        .Uses<ManageEvent>()
        .Uses<DueReminders>()
        .Handles<EventsCommand>()
        .Handles<NewEventFlow>()
        .Handles<RsvpButtons>()
        .Handles<CalendarButtons>()
        .Handles<EventManageButtons>();
}
