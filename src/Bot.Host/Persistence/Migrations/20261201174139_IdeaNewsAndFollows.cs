using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GenYCity.Bot.Host.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IdeaNewsAndFollows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CouncilAnswer",
                table: "Ideas",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CouncilAnsweredAt",
                table: "Ideas",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CouncilDecision",
                table: "Ideas",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DistrictKey",
                table: "Ideas",
                type: "TEXT",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastNewsAt",
                table: "Ideas",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastNoticeAt",
                table: "Ideas",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "Ideas",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "Ideas",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlaceText",
                table: "Ideas",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SubjectId",
                table: "Broadcasts",
                type: "INTEGER",
                nullable: true);

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

            // People who consented had everything on: they hear of the ideas they follow too.
            migrationBuilder.Sql("UPDATE \"Members\" SET \"Subscriptions\" = \"Subscriptions\" | 4 WHERE \"Consent\" = 'Given';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IdeaFollows");

            migrationBuilder.DropTable(
                name: "IdeaNews");

            migrationBuilder.DropColumn(
                name: "CouncilAnswer",
                table: "Ideas");

            migrationBuilder.DropColumn(
                name: "CouncilAnsweredAt",
                table: "Ideas");

            migrationBuilder.DropColumn(
                name: "CouncilDecision",
                table: "Ideas");

            migrationBuilder.DropColumn(
                name: "DistrictKey",
                table: "Ideas");

            migrationBuilder.DropColumn(
                name: "LastNewsAt",
                table: "Ideas");

            migrationBuilder.DropColumn(
                name: "LastNoticeAt",
                table: "Ideas");

            migrationBuilder.DropColumn(
                name: "Latitude",
                table: "Ideas");

            migrationBuilder.DropColumn(
                name: "Longitude",
                table: "Ideas");

            migrationBuilder.DropColumn(
                name: "PlaceText",
                table: "Ideas");

            migrationBuilder.DropColumn(
                name: "SubjectId",
                table: "Broadcasts");
        }
    }
}
