using GenYCity.Bot.Domain.Conversations;
using GenYCity.Bot.Domain.Members;
using GenYCity.Bot.Domain.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenYCity.Bot.Host.Persistence;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> member)
    {
        member.HasKey(m => m.Id);
        member.Property(m => m.ExternalId).HasMaxLength(128);
        member.Property(m => m.ChatId).HasMaxLength(128);
        member.Property(m => m.DisplayName).HasMaxLength(Member.MaxDisplayNameLength * Domain.Chat.TextInput.MaxUnitsPerCharacter);
        member.Property(m => m.Consent).HasConversion<string>().HasMaxLength(16);
        member.HasIndex(m => new { m.Channel, m.ExternalId }).IsUnique();
        member.HasIndex(m => new { m.Channel, m.ChatId });
    }
}

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> conversation)
    {
        conversation.HasKey(c => c.MemberId);
        conversation.Property(c => c.Flow).HasMaxLength(32);
        conversation.Property(c => c.Step).HasMaxLength(32);
        conversation.HasOne<Member>().WithOne().HasForeignKey<Conversation>(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The account, its settings and an unfinished draft; erased last, with the /mydata documents sent earlier.</summary>
internal sealed class MembersPersonalData(BotDbContext db, ExportFolder exports) : IPersonalDataPart
{
    public IReadOnlyList<Type> Tables { get; } = [typeof(Member), typeof(Conversation)];

    public async Task CollectAsync(Member member, PersonalData data, CancellationToken ct)
    {
        data.Add("member", new PersonalData.MemberData(
            member.Channel.ToString(), member.ExternalId, member.ChatId, member.DisplayName, member.Language.Code, member.Consent.ToString(), member.ConsentChangedAt,
            member.IsCoordinator, member.Subscriptions.HasFlag(Subscriptions.Announcements), member.Subscriptions.HasFlag(Subscriptions.WeeklyDigest), member.Subscriptions.HasFlag(Subscriptions.IdeaNews),
            member.IsReachable, member.CreatedAt, member.LastMessageAt, member.InactivityNoticeAt));
        data.Add("conversation", await db.Conversations.AsNoTracking().Where(c => c.MemberId == member.Id)
            .Select(c => new PersonalData.ConversationData(c.Flow, c.Step, c.DraftJson, c.UpdatedAt))
            .FirstOrDefaultAsync(ct));
    }

    public Task EraseAsync(Member member, DateTimeOffset now, CancellationToken ct)
    {
        // The conversation goes with the member row (cascade).
        db.Members.Remove(member);
        exports.DeleteStartingWith(MyDataCommand.FilePrefix(member));
        return Task.CompletedTask;
    }
}
