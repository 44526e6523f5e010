using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GenYCity.Bot.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IdeaNewsAndFollows_Postgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CouncilAnswer",
                table: "Ideas",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CouncilAnsweredAt",
                table: "Ideas",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CouncilDecision",
                table: "Ideas",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DistrictKey",
                table: "Ideas",
                type: "character varying(24)",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastNewsAt",
                table: "Ideas",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastNoticeAt",
                table: "Ideas",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "Ideas",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "Ideas",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlaceText",
                table: "Ideas",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SubjectId",
                table: "Broadcasts",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IdeaFollows",
                columns: table => new
                {
                    IdeaId = table.Column<long>(type: "bigint", nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BySupport = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IdeaId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PhotoRef = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PhotoChannel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Decision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ByMemberId = table.Column<long>(type: "bigint", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NoticedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
