using GenYCity.Bot.Domain.Delivery;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Messaging;
using GenYCity.Bot.Domain.Privacy;
using GenYCity.Bot.Host.Delivery;
using GenYCity.Bot.Host.Dispatch;
using Microsoft.EntityFrameworkCore;
using DeliveryRow = GenYCity.Bot.Domain.Delivery.Delivery;

namespace GenYCity.Bot.Host.Persistence;

/// <summary>One person's rows, read for /mydata and erased for /forgetme, inside the update's unit of work.</summary>
internal sealed class PersonalDataStore(BotDbContext db, ExportFolder exports, Erasures erasures, TimeProvider clock) : IPersonalDataStore
{
    public async Task<PersonalData> CollectAsync(Member member, CancellationToken ct)
    {
        var ideas = await db.Ideas.AsNoTracking().Where(i => i.AuthorId == member.Id).OrderBy(i => i.Id)
            .Select(i => new PersonalData.IdeaData(i.Id, i.Title, i.Description, i.ThemeKey, i.Status.ToString(), i.PhotoRef, i.LatestComment, i.CreatedAt))
            .ToListAsync(ct);
        var supports = await db.IdeaSupports.AsNoTracking().Where(s => s.MemberId == member.Id).OrderBy(s => s.IdeaId)
            .Select(s => new PersonalData.MarkData(s.IdeaId, s.CreatedAt)).ToListAsync(ct);
        var reports = await db.IdeaReports.AsNoTracking().Where(r => r.MemberId == member.Id).OrderBy(r => r.IdeaId)
            .Select(r => new PersonalData.ReportData(r.IdeaId, r.Reason.ToString(), r.CreatedAt)).ToListAsync(ct);
        var answers = await db.Rsvps.AsNoTracking().Where(r => r.MemberId == member.Id)
            .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new PersonalData.RsvpData(e.Id, e.Title, r.Answer.ToString(), r.Waitlisted, r.AnsweredAt))
            .ToListAsync(ct);
        var reminders = await db.EventReminders.AsNoTracking().Where(r => r.MemberId == member.Id).OrderBy(r => r.SentAt)
            .Select(r => new PersonalData.ReminderData(r.EventId, r.Kind.ToString(), r.SentAt)).ToListAsync(ct);
        var conversation = await db.Conversations.AsNoTracking().Where(c => c.MemberId == member.Id)
            .Select(c => new PersonalData.ConversationData(c.Flow, c.Step, c.DraftJson, c.UpdatedAt))
            .FirstOrDefaultAsync(ct);
        var sender = ProcessedUpdate.SenderOf(member.Channel, member.ExternalId);
        var received = await db.ProcessedUpdates.AsNoTracking().Where(u => u.Sender == sender).OrderBy(u => u.ProcessedAt)
            .Select(u => new PersonalData.ReceivedData(u.Key, u.ProcessedAt)).ToListAsync(ct);
        var sent = (await db.Deliveries.AsNoTracking().Where(d => d.Channel == member.Channel && d.ChatId == member.ChatId).OrderBy(d => d.Id).ToListAsync(ct))
            .Select(d => new PersonalData.DeliveryData(d.CreatedAt, d.Status.ToString(), d.CompletedAt, d.PayloadJson == DeliveryRow.NoPayload ? null : d.ReadMessage().Text))
            .ToList();
        var data = new PersonalData.MemberData(
            member.Channel.ToString(), member.ExternalId, member.ChatId, member.DisplayName, member.Language.Code(), member.Consent.ToString(), member.ConsentChangedAt,
            member.IsCoordinator, member.Subscriptions.HasFlag(Subscriptions.Announcements), member.Subscriptions.HasFlag(Subscriptions.WeeklyDigest),
            member.IsReachable, member.CreatedAt, member.LastMessageAt);
        return new PersonalData(data, ideas, supports, reports, answers.OrderBy(a => a.EventNumber).ToList(), reminders, conversation, received, sent);
    }

    public async Task EraseAsync(Member member, CancellationToken ct)
    {
        var now = clock.GetUtcNow();

        // Supports are counted on the ideas: take this person's out of the counts.
        var supported = await db.IdeaSupports.Where(s => s.MemberId == member.Id).Select(s => s.IdeaId).ToListAsync(ct);
        foreach (var idea in await db.Ideas.Where(i => supported.Contains(i.Id)).ToListAsync(ct))
        {
            idea.RemoveSupport();
        }

        // Unpublished ideas go (with their history, supports and reports); published ones stay, unlinked.
        await db.Ideas
            .Where(i => i.AuthorId == member.Id && (i.Status == IdeaStatus.Submitted || i.Status == IdeaStatus.Rejected))
            .ExecuteDeleteAsync(ct);
        await db.Ideas.Where(i => i.AuthorId == member.Id).ExecuteUpdateAsync(i => i.SetProperty(x => x.AuthorId, (long?)null), ct);
        await db.IdeaStatusChanges.Where(c => c.ByMemberId == member.Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.ByMemberId, (long?)null), ct);
        // Removed through the change tracker: some may already be tracked in this unit of work (the answers
        // just looked at to free places), and the member's removal cascades to them there too.
        db.IdeaSupports.RemoveRange(await db.IdeaSupports.Where(s => s.MemberId == member.Id).ToListAsync(ct));
        db.IdeaReports.RemoveRange(await db.IdeaReports.Where(r => r.MemberId == member.Id).ToListAsync(ct));
        db.EventReminders.RemoveRange(await db.EventReminders.Where(r => r.MemberId == member.Id).ToListAsync(ct));
        db.Rsvps.RemoveRange(await db.Rsvps.Where(r => r.MemberId == member.Id).ToListAsync(ct));
        await db.Events.Where(e => e.CreatedBy == member.Id).ExecuteUpdateAsync(e => e.SetProperty(x => x.CreatedBy, (long?)null), ct);
        await db.Broadcasts.Where(b => b.ReportChannel == member.Channel && b.ReportChatId == member.ChatId)
            .ExecuteUpdateAsync(b => b.SetProperty(x => x.ReportChatId, (string?)null).SetProperty(x => x.ReportChannel, (ChannelKind?)null), ct);

        await EraseMessagesAsync(member, now, ct);
        db.Members.Remove(member);
        // The /mydata documents sent earlier hold their data too.
        exports.DeleteStartingWith(MyDataCommand.FilePrefix(member));
    }

    /// <summary>
    /// The messages to the person and the records of their updates. Replies and notices to them go, in
    /// whatever state; rows of broadcasts stay for the broadcast's counts, without their chat or content,
    /// and one not sent yet is closed as skipped, so the broadcast still finishes. A message the delivery
    /// pump already holds is stopped there (<see cref="Erasures"/>).
    /// </summary>
    private async Task EraseMessagesAsync(Member member, DateTimeOffset now, CancellationToken ct)
    {
        var mine = db.Deliveries.Where(d => d.Channel == member.Channel && d.ChatId == member.ChatId);
        await mine.Where(d => d.BroadcastId == null).ExecuteDeleteAsync(ct);
        await mine.Where(d => d.BroadcastId != null && (d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Sending))
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.Status, DeliveryStatus.Skipped).SetProperty(x => x.LastError, ChannelPump.ErasedReason).SetProperty(x => x.CompletedAt, now), ct);
        await mine.ExecuteUpdateAsync(
            d => d.SetProperty(x => x.ChatId, string.Empty).SetProperty(x => x.PayloadJson, DeliveryRow.NoPayload)
                .SetProperty(x => x.SentMessageId, (string?)null).SetProperty(x => x.MigratedFromChatId, (string?)null),
            ct);
        // Read inside this transaction, after its first write: no other writer can add a row below it now.
        var lastDelivery = await db.Deliveries.MaxAsync(d => (long?)d.Id, ct) ?? 0;
        erasures.Record(member.Channel, member.ChatId, lastDelivery);

        // Earlier updates' records name their chat (a Telegram message's key does): they go. The update
        // being handled now keeps its mark, so a redelivery of the erasure is recognised, but not its sender.
        var sender = ProcessedUpdate.SenderOf(member.Channel, member.ExternalId);
        await db.ProcessedUpdates.Where(u => u.Sender == sender).ExecuteDeleteAsync(ct);
        foreach (var mark in db.ChangeTracker.Entries<ProcessedUpdate>().Where(e => e.Entity.Sender == sender))
        {
            mark.Entity.Unlink();
        }
    }
}
