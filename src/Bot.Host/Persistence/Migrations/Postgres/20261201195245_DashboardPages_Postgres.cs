using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GenYCity.Bot.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DashboardPages_Postgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RequestKey",
                table: "Broadcasts",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DashboardUploads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DashboardUploads", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Broadcasts_RequestKey",
                table: "Broadcasts",
                column: "RequestKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DashboardUploads_Key",
                table: "DashboardUploads",
                column: "Key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DashboardUploads");

            migrationBuilder.DropIndex(
                name: "IX_Broadcasts_RequestKey",
                table: "Broadcasts");

            migrationBuilder.DropColumn(
                name: "RequestKey",
                table: "Broadcasts");
        }
    }
}
