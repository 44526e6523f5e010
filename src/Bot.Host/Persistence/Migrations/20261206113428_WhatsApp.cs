using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GenYCity.Bot.Host.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WhatsApp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WhatsAppMessageParts",
                columns: table => new
                {
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ChatId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LastMessageId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WhatsAppMessageParts", x => x.MessageId);
                });

            migrationBuilder.CreateTable(
                name: "WhatsAppTemplateSends",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChatId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WhatsAppTemplateSends", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_Channel_SentMessageId",
                table: "Deliveries",
                columns: new[] { "Channel", "SentMessageId" });

            migrationBuilder.CreateIndex(
                name: "IX_WhatsAppMessageParts_ChatId",
                table: "WhatsAppMessageParts",
                column: "ChatId");

            migrationBuilder.CreateIndex(
                name: "IX_WhatsAppMessageParts_SentAt",
                table: "WhatsAppMessageParts",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_WhatsAppTemplateSends_ChatId",
                table: "WhatsAppTemplateSends",
                column: "ChatId");

            migrationBuilder.CreateIndex(
                name: "IX_WhatsAppTemplateSends_SentAt",
                table: "WhatsAppTemplateSends",
                column: "SentAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WhatsAppMessageParts");

            migrationBuilder.DropTable(
                name: "WhatsAppTemplateSends");

            migrationBuilder.DropIndex(
                name: "IX_Deliveries_Channel_SentMessageId",
                table: "Deliveries");
        }
    }
}
