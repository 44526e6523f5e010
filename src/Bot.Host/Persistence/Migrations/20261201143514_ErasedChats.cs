using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GenYCity.Bot.Host.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ErasedChats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
