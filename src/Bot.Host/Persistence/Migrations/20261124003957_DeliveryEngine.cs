using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GenYCity.Bot.Host.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DeliveryEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MigratedFromChatId",
                table: "Deliveries",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_Status_Channel_Lane_Id",
                table: "Deliveries",
                columns: new[] { "Status", "Channel", "Lane", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deliveries_Status_Channel_Lane_Id",
                table: "Deliveries");

            migrationBuilder.DropColumn(
                name: "MigratedFromChatId",
                table: "Deliveries");
        }
    }
}
