using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GenYCity.Bot.Host.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Ideas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IdeaReports",
                columns: table => new
                {
                    IdeaId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IdeaReports");

            migrationBuilder.DropTable(
                name: "IdeaStatusChanges");

            migrationBuilder.DropTable(
                name: "IdeaSupports");

            migrationBuilder.DropTable(
                name: "Ideas");
        }
    }
}
