using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GenYCity.Bot.Host.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Broadcasts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EventId = table.Column<long>(type: "INTEGER", nullable: true),
                    SubjectId = table.Column<long>(type: "INTEGER", nullable: true),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Cursor = table.Column<long>(type: "INTEGER", nullable: false),
                    Queued = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportChannel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ReportChatId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ReportLanguage = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ProgressDeliveryId = table.Column<long>(type: "INTEGER", nullable: true),
                    LastReportedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastReport = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RequestKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Sent = table.Column<int>(type: "INTEGER", nullable: false),
                    Unreachable = table.Column<int>(type: "INTEGER", nullable: false),
                    Failed = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Broadcasts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChannelLeases",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelLeases", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "DashboardUploads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DashboardUploads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Deliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ChatId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Lane = table.Column<int>(type: "INTEGER", nullable: false),
                    PayloadJson = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SentMessageId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BroadcastId = table.Column<long>(type: "INTEGER", nullable: true),
                    MigratedFromChatId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DigestIssues",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ScheduledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HadNews = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DigestIssues", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "ErasedChats",
                columns: table => new
                {
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ChatId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    LastDeliveryId = table.Column<long>(type: "INTEGER", nullable: false),
                    ErasedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ErasedChats", x => new { x.Channel, x.ChatId });
                });

            migrationBuilder.CreateTable(
                name: "FloodWindows",
                columns: table => new
                {
                    Person = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    WindowStart = table.Column<long>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    MutedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FloodWindows", x => x.Person);
                });

            migrationBuilder.CreateTable(
                name: "HealthProbes",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthProbes", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Members",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ChatId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    LanguageConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Consent = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ConsentChangedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Roles = table.Column<int>(type: "INTEGER", nullable: false),
                    Subscriptions = table.Column<int>(type: "INTEGER", nullable: false),
                    IsReachable = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastMessageAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Members", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessedUpdates",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sender = table.Column<string>(type: "TEXT", maxLength: 160, nullable: true),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessedUpdates", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Conversations",
                columns: table => new
                {
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    Flow = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DraftJson = table.Column<string>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conversations", x => x.MemberId);
                    table.ForeignKey(
                        name: "FK_Conversations_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DashboardLinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DashboardLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DashboardLinks_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DashboardSessions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DashboardSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DashboardSessions_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedBy = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Events_Members_CreatedBy",
                        column: x => x.CreatedBy,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Ideas",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuthorId = table.Column<long>(type: "INTEGER", nullable: true),
                    AuthorChannel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AuthorLanguage = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    ThemeKey = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    PhotoRef = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SubmissionKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StatusChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LatestComment = table.Column<string>(type: "TEXT", nullable: true),
                    SupportCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IsHidden = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReadyForCouncilAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CouncilDecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CouncilAnswer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CouncilAnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastNewsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastNoticeAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    PlaceText = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    DistrictKey = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ideas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ideas_Members_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Polls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Question = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OptionsJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EventId = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosesAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedById = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Polls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Polls_Members_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "EventReminders",
                columns: table => new
                {
                    EventId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EventStartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventReminders", x => new { x.EventId, x.MemberId, x.Kind, x.EventStartsAt });
                    table.ForeignKey(
                        name: "FK_EventReminders_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventReminders_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Rsvps",
                columns: table => new
                {
                    EventId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Waitlisted = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rsvps", x => new { x.EventId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_Rsvps_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Rsvps_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IdeaFollows",
                columns: table => new
                {
                    IdeaId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BySupport = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdeaFollows", x => new { x.IdeaId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_IdeaFollows_Ideas_IdeaId",
                        column: x => x.IdeaId,
                        principalTable: "Ideas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IdeaFollows_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IdeaNews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IdeaId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PhotoRef = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PhotoChannel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ByMemberId = table.Column<long>(type: "INTEGER", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    NoticedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdeaNews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IdeaNews_Ideas_IdeaId",
                        column: x => x.IdeaId,
                        principalTable: "Ideas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IdeaReports",
                columns: table => new
                {
                    IdeaId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdeaReports", x => new { x.IdeaId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_IdeaReports_Ideas_IdeaId",
                        column: x => x.IdeaId,
                        principalTable: "Ideas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IdeaReports_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IdeaStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IdeaId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", nullable: true),
                    ByMemberId = table.Column<long>(type: "INTEGER", nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdeaStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IdeaStatusChanges_Ideas_IdeaId",
                        column: x => x.IdeaId,
                        principalTable: "Ideas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IdeaSupports",
                columns: table => new
                {
                    IdeaId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdeaSupports", x => new { x.IdeaId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_IdeaSupports_Ideas_IdeaId",
                        column: x => x.IdeaId,
                        principalTable: "Ideas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IdeaSupports_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PollMessages",
                columns: table => new
                {
                    PlatformPollId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PollId = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ChatId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PollMessages", x => x.PlatformPollId);
                    table.ForeignKey(
                        name: "FK_PollMessages_Polls_PollId",
                        column: x => x.PollId,
                        principalTable: "Polls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PollVotes",
                columns: table => new
                {
                    PollId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    Option = table.Column<int>(type: "INTEGER", nullable: false),
                    VotedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PlatformPollId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PollVotes", x => new { x.PollId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_PollVotes_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PollVotes_Polls_PollId",
                        column: x => x.PollId,
                        principalTable: "Polls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Broadcasts_RequestKey",
                table: "Broadcasts",
                column: "RequestKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Broadcasts_Status",
                table: "Broadcasts",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_DashboardLinks_MemberId",
                table: "DashboardLinks",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_DashboardLinks_TokenHash",
                table: "DashboardLinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DashboardSessions_ExpiresAt",
                table: "DashboardSessions",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_DashboardSessions_MemberId",
                table: "DashboardSessions",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_DashboardSessions_TokenHash",
                table: "DashboardSessions",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DashboardUploads_Key",
                table: "DashboardUploads",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_BroadcastId_Status",
                table: "Deliveries",
                columns: new[] { "BroadcastId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_Status_Channel_Lane_Id",
                table: "Deliveries",
                columns: new[] { "Status", "Channel", "Lane", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_Status_NextAttemptAt",
                table: "Deliveries",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ErasedChats_ErasedAt",
                table: "ErasedChats",
                column: "ErasedAt");

            migrationBuilder.CreateIndex(
                name: "IX_EventReminders_MemberId",
                table: "EventReminders",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_CreatedBy",
                table: "Events",
                column: "CreatedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Status_StartsAt",
                table: "Events",
                columns: new[] { "Status", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FloodWindows_WindowStart",
                table: "FloodWindows",
                column: "WindowStart");

            migrationBuilder.CreateIndex(
                name: "IX_IdeaFollows_MemberId",
                table: "IdeaFollows",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_IdeaNews_IdeaId_At",
                table: "IdeaNews",
                columns: new[] { "IdeaId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_IdeaNews_NoticedAt",
                table: "IdeaNews",
                column: "NoticedAt");

            migrationBuilder.CreateIndex(
                name: "IX_IdeaReports_MemberId",
                table: "IdeaReports",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Ideas_AuthorId_CreatedAt",
                table: "Ideas",
                columns: new[] { "AuthorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Ideas_Status_IsHidden_SupportCount",
                table: "Ideas",
                columns: new[] { "Status", "IsHidden", "SupportCount" });

            migrationBuilder.CreateIndex(
                name: "IX_Ideas_SubmissionKey",
                table: "Ideas",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IdeaStatusChanges_ChangedAt",
                table: "IdeaStatusChanges",
                column: "ChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_IdeaStatusChanges_IdeaId",
                table: "IdeaStatusChanges",
                column: "IdeaId");

            migrationBuilder.CreateIndex(
                name: "IX_IdeaSupports_CreatedAt",
                table: "IdeaSupports",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_IdeaSupports_MemberId",
                table: "IdeaSupports",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Members_Channel_ChatId",
                table: "Members",
                columns: new[] { "Channel", "ChatId" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_Channel_ExternalId",
                table: "Members",
                columns: new[] { "Channel", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PollMessages_PollId",
                table: "PollMessages",
                column: "PollId");

            migrationBuilder.CreateIndex(
                name: "IX_Polls_CreatedById",
                table: "Polls",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_Polls_Status_ClosesAt",
                table: "Polls",
                columns: new[] { "Status", "ClosesAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PollVotes_MemberId",
                table: "PollVotes",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessedUpdates_ProcessedAt",
                table: "ProcessedUpdates",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessedUpdates_Sender",
                table: "ProcessedUpdates",
                column: "Sender");

            migrationBuilder.CreateIndex(
                name: "IX_Rsvps_EventId_Answer_Waitlisted_AnsweredAt",
                table: "Rsvps",
                columns: new[] { "EventId", "Answer", "Waitlisted", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Rsvps_MemberId",
                table: "Rsvps",
                column: "MemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Broadcasts");

            migrationBuilder.DropTable(
                name: "ChannelLeases");

            migrationBuilder.DropTable(
                name: "Conversations");

            migrationBuilder.DropTable(
                name: "DashboardLinks");

            migrationBuilder.DropTable(
                name: "DashboardSessions");

            migrationBuilder.DropTable(
                name: "DashboardUploads");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Deliveries");

            migrationBuilder.DropTable(
                name: "DigestIssues");

            migrationBuilder.DropTable(
                name: "ErasedChats");

            migrationBuilder.DropTable(
                name: "EventReminders");

            migrationBuilder.DropTable(
                name: "FloodWindows");

            migrationBuilder.DropTable(
                name: "HealthProbes");

            migrationBuilder.DropTable(
                name: "IdeaFollows");

            migrationBuilder.DropTable(
                name: "IdeaNews");

            migrationBuilder.DropTable(
                name: "IdeaReports");

            migrationBuilder.DropTable(
                name: "IdeaStatusChanges");

            migrationBuilder.DropTable(
                name: "IdeaSupports");

            migrationBuilder.DropTable(
                name: "PollMessages");

            migrationBuilder.DropTable(
                name: "PollVotes");

            migrationBuilder.DropTable(
                name: "ProcessedUpdates");

            migrationBuilder.DropTable(
                name: "Rsvps");

            migrationBuilder.DropTable(
                name: "Ideas");

            migrationBuilder.DropTable(
                name: "Polls");

            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropTable(
                name: "Members");
        }
    }
}
