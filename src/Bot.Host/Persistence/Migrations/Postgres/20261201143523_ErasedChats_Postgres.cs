using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GenYCity.Bot.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ErasedChats_Postgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ErasedChats",
                columns: table => new
                {
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ChatId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    LastDeliveryId = table.Column<long>(type: "bigint", nullable: false),
                    ErasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ErasedChats", x => new { x.Channel, x.ChatId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ErasedChats_ErasedAt",
                table: "ErasedChats",
                column: "ErasedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ErasedChats");
        }
    }
}
