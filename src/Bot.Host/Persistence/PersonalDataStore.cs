using GenYCity.Bot.Domain.Delivery;
using GenYCity.Bot.Domain.Ideas;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GenYCity.Bot.Host.Persistence;

/// <summary>One person's rows, read for /mydata and erased for /forgetme, inside the update's unit of work.</summary>
internal sealed class PersonalDataStore(BotDbContext db, ExportFolder exports) : IPersonalDataStore
{
    public async Task<PersonalData> CollectAsync(Member member, CancellationToken ct)
    {
        var ideas = await db.Ideas.AsNoTracking().Where(i => i.AuthorId == member.Id).OrderBy(i => i.Id)
            .Select(i => new PersonalData.IdeaData(i.Id, i.Title, i.Description, i.ThemeKey, i.Status.ToString(), i.PhotoRef, i.LatestComment, i.CreatedAt))
            .ToListAsync(ct);
        var supports = await db.IdeaSupports.AsNoTracking().Where(s => s.MemberId == member.Id).OrderBy(s => s.IdeaId)
            .Select(s => new PersonalData.MarkData(s.IdeaId, s.CreatedAt)).ToListAsync(ct);
        var reports = await db.IdeaReports.AsNoTracking().Where(r => r.MemberId == member.Id).OrderBy(r => r.IdeaId)
            .Select(r => new PersonalData.MarkData(r.IdeaId, r.CreatedAt)).ToListAsync(ct);
        var answers = await db.Rsvps.AsNoTracking().Where(r => r.MemberId == member.Id)
            .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new PersonalData.RsvpData(e.Id, e.Title, r.Answer.ToString(), r.Waitlisted, r.AnsweredAt))
            .ToListAsync(ct);
        var conversation = await db.Conversations.AsNoTracking().Where(c => c.MemberId == member.Id)
            .Select(c => new PersonalData.ConversationData(c.Flow, c.Step, c.DraftJson, c.UpdatedAt))
            .FirstOrDefaultAsync(ct);
        var data = new PersonalData.MemberData(
            member.Channel.ToString(), member.ExternalId, member.ChatId, member.Language.Code(), member.Consent.ToString(), member.ConsentChangedAt,
            member.IsCoordinator, member.Subscriptions.HasFlag(Subscriptions.Announcements), member.Subscriptions.HasFlag(Subscriptions.WeeklyDigest),
            member.IsReachable, member.CreatedAt, member.LastMessageAt);
        return new PersonalData(data, ideas, supports, reports, answers.OrderBy(a => a.EventNumber).ToList(), conversation);
    }

    public async Task EraseAsync(Member member, CancellationToken ct)
    {
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
            .ExecuteUpdateAsync(b => b.SetProperty(x => x.ReportChatId, (string?)null).SetProperty(x => x.ReportChannel, (GenYCity.Bot.Domain.Messaging.ChannelKind?)null), ct);
        // Messages still queued for them (news, reminders) are not sent any more.
        await db.Deliveries.Where(d => d.Channel == member.Channel && d.ChatId == member.ChatId && d.Status == DeliveryStatus.Pending)
            .ExecuteDeleteAsync(ct);
        db.Members.Remove(member);
        // The /mydata documents sent earlier hold their data too.
        exports.DeleteStartingWith(MyDataCommand.FilePrefix(member));
    }
}
