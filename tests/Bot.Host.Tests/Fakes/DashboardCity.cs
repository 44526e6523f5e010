using GenYCity.Bot.Domain.Broadcasts;
using GenYCity.Bot.Domain.Events;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Tests.Fakes;

/// <summary>
/// A city some weeks into the programme, written straight into the dashboard site's database: members who joined over ten
/// weeks in three languages and on both apps, ideas of several themes and statuses (three waiting, one with a photo
/// sent from the console chat and a point on the map, one with a Messenger photo, one with a Telegram photo), supports,
/// an event with its answers, and broadcasts of every kind, finished. What the overview's screenshots and the layout
/// checks are taken of.
/// </summary>
public static class DashboardCity
{
    /// <summary>The ideas the city has, by what they show.</summary>
    public sealed record Seeded(long ConsolePhotoIdea, long MessengerPhotoIdea, long TelegramPhotoIdea, long EventId, long AnnouncementId, long PollId, string PhotoPath);

    public const string MessengerPhotoUrl = "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=1234567890&signature=abc";

    public static async Task<Seeded> SeedAsync(DashboardSite site)
    {
        var photo = Path.Combine(AppContext.BaseDirectory, "city-photos", "river.png");
        Directory.CreateDirectory(Path.GetDirectoryName(photo)!);
        await File.WriteAllBytesAsync(photo, TestImages.Picture(480, 300));
        return await site.Bot.InScopeAsync(async db =>
        {
            var now = site.Clock.GetUtcNow();
            Language[] languages = [Language.Lv, Language.Ru, Language.Lv, Language.En, Language.Ru];
            var people = new List<Member>();
            for (var i = 0; i < 60; i++)
            {
                var joined = now.AddDays(-(i * 11 % 70) - 1).AddHours(-i % 7);
                var channel = i % 3 == 0 ? ChannelKind.Messenger : ChannelKind.Telegram;
                var member = new Member(channel, $"80{i:00}", $"80{i:00}", languages[i % languages.Length], joined);
                member.GiveConsent(joined);
                member.Rename($"Person 80{i:00}");
                people.Add(member);
            }

            var console = new Member(ChannelKind.Console, "local", "local", Language.Lv, now.AddDays(-3));
            console.GiveConsent(now.AddDays(-3));
            console.Rename("Līga");
            db.Members.AddRange(people);
            db.Members.Add(console);
            await db.SaveChangesAsync();

            (string Title, string Theme, int DaysAgo, IdeaStatus Status)[] ideas =
            [
                ("Soliņi gar Daugavas krastu", "public-space", 60, IdeaStatus.InProgress),
                ("Velonovietnes pie skolām", "mobility", 52, IdeaStatus.Implemented),
                ("Brīvdabas kino vasarā", "culture", 45, IdeaStatus.Approved),
                ("Skeitparks Ķīmiķu parkā", "sport", 38, IdeaStatus.Approved),
                ("Bezmaksas Wi-Fi bibliotēkās", "digital", 30, IdeaStatus.Rejected),
                ("Koku stādīšanas talka", "environment", 24, IdeaStatus.Approved),
                ("Jauniešu centrs ar darbnīcām", "education", 17, IdeaStatus.InProgress),
                ("Ielu mākslas siena", "culture", 10, IdeaStatus.Approved),
                ("Apgaismojums parkā pie ezera", "public-space", 4, IdeaStatus.Submitted),
                ("Skatu tornis pie Daugavas loka", "environment", 2, IdeaStatus.Submitted),
                ("Velosipēdu remonta punkts", "mobility", 1, IdeaStatus.Submitted),
            ];
            var made = new List<Idea>();
            for (var i = 0; i < ideas.Length; i++)
            {
                var (title, theme, daysAgo, status) = ideas[i];
                var author = i switch { 8 => console, 9 => people[0], 10 => people[1], _ => people[(i * 7) + 2] };
                var at = now.AddDays(-daysAgo);
                var photoRef = i switch { 8 => photo, 9 => MessengerPhotoUrl, 10 => "AgACAgIAAxkBAAIBZ2VhYmNkZWZnaGlqa2xtbm9wcXJzdHV2", _ => null };
                var idea = Idea.Submit(author, title, "Lai jauniešiem būtu kur satikties un ko darīt pēc skolas.", theme, photoRef, $"city-{i}", at);
                if (i == 8)
                {
                    idea.At(Place.FromPoint(55.8747, 26.5362, "Stropu ezera parks"), null);
                }

                db.Ideas.Add(idea);
                made.Add(idea);
            }

            await db.SaveChangesAsync();
            var coordinator = await db.Members.SingleAsync(m => m.ExternalId == "777");
            foreach (var (idea, i) in made.Select((idea, i) => (idea, i)))
            {
                var status = ideas[i].Status;
                var at = idea.CreatedAt.AddDays(1);
                if (status != IdeaStatus.Submitted)
                {
                    idea.MoveTo(status == IdeaStatus.Rejected ? IdeaStatus.Rejected : IdeaStatus.Approved, status == IdeaStatus.Rejected ? "Bibliotēkās tas jau ir." : null, coordinator.Id, at);
                }

                if (status is IdeaStatus.InProgress or IdeaStatus.Implemented)
                {
                    idea.MoveTo(IdeaStatus.InProgress, "Pasūtīts darbnīcā.", coordinator.Id, at.AddDays(3));
                }

                if (status == IdeaStatus.Implemented)
                {
                    idea.MoveTo(IdeaStatus.Implemented, "Uzstādītas 20 novietnes.", coordinator.Id, at.AddDays(9));
                }

                if (status is IdeaStatus.Approved or IdeaStatus.InProgress or IdeaStatus.Implemented)
                {
                    foreach (var supporter in people.Skip(i * 3).Take(4 + (i % 5)))
                    {
                        var when = at.AddDays(supporter.Id % 9);
                        db.IdeaSupports.Add(new IdeaSupport(idea.Id, supporter.Id, when < now ? when : now.AddHours(-1)));
                        idea.AddSupport();
                    }
                }
            }

            var talka = CityEvent.Publish("Talka pie Stropu ezera", now.AddDays(11), "Stropu ezers", "Sakopsim krastu kopā.", 20, coordinator, now.AddDays(-6));
            var council = CityEvent.Publish("Jauniešu dome", now.AddDays(-8), "Rātsnams", "Runājam par budžetu.", null, coordinator, now.AddDays(-20));
            db.Events.AddRange(talka, council);
            await db.SaveChangesAsync();
            // Half of them answered this morning, when the event was announced again.
            db.Rsvps.AddRange(people.Take(14).Select((p, i) => Rsvp.Create(talka.Id, p.Id, i < 11 ? RsvpAnswer.Going : RsvpAnswer.Maybe, waitlisted: false, i % 2 == 0 ? now.AddHours(-i / 2) : now.AddDays(-5 + (i % 5)))));
            db.Rsvps.AddRange(people.Skip(20).Take(9).Select((p, i) => Rsvp.Create(council.Id, p.Id, i < 6 ? RsvpAnswer.Going : RsvpAnswer.NotGoing, waitlisted: false, now.AddDays(-18 + i))));

            Broadcast Sent(BroadcastKind kind, AudienceKind audience, string text, int daysAgo, int queued, int unreachable, int skipped)
            {
                var content = new BroadcastContent(new Dictionary<Language, OutboundTemplate> { [Language.Lv] = new(text), [Language.En] = new(text) });
                var broadcast = Broadcast.Create(kind, audience, null, content, kind == BroadcastKind.Announcement ? coordinator : null, now.AddDays(-daysAgo));
                broadcast.Wrote(queued, people[^1].Id);
                broadcast.AllWritten();
                broadcast.Complete(now.AddDays(-daysAgo).AddMinutes(3), new BroadcastCounts(queued, queued - unreachable - skipped, unreachable, 0, skipped));
                db.Broadcasts.Add(broadcast);
                return broadcast;
            }

            var announcement = Sent(BroadcastKind.Announcement, AudienceKind.AnnouncementSubscribers, "Svētdien: <b>talka</b> pie Stropu ezera un pikniks!", 6, 48, 2, 5);
            Sent(BroadcastKind.EventPublished, AudienceKind.AnnouncementSubscribers, "📅 Jauns pasākums: Talka pie Stropu ezera", 6, 48, 2, 5);
            var poll = Sent(BroadcastKind.Poll, AudienceKind.AnnouncementSubscribers, "🗳 Kur rīkot nākamo talku?", 4, 47, 1, 6);
            Sent(BroadcastKind.IdeaNews, AudienceKind.IdeaFollowers, "💡 Idejai #1 ir jaunumi", 3, 9, 0, 1);
            Sent(BroadcastKind.Digest, AudienceKind.DigestSubscribers, "🗞 Nedēļas apskats", 1, 44, 1, 4);
            await db.SaveChangesAsync();
            return new Seeded(made[8].Id, made[9].Id, made[10].Id, talka.Id, announcement.Id, poll.Id, photo);
        });
    }
}
