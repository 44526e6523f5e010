using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GenYCity.Bot.Host.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Budgets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Budget",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TitleJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DescriptionJson = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: false),
                    OpensAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosesAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MinPercent = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxProjects = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AnnouncedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Budget", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Budget_Members_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "BudgetBallot",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BudgetId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CastAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetBallot", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetBallot_Budget_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budget",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BudgetBallot_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BudgetProject",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BudgetId = table.Column<long>(type: "INTEGER", nullable: false),
                    TitleJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DescriptionJson = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    Cost = table.Column<long>(type: "INTEGER", nullable: false),
                    PhotoRef = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    PhotoChannel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DistrictKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IdeaId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetProject", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetProject_Budget_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budget",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BudgetProject_Ideas_IdeaId",
                        column: x => x.IdeaId,
                        principalTable: "Ideas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "BudgetBallotLine",
                columns: table => new
                {
                    BallotId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetBallotLine", x => new { x.BallotId, x.ProjectId });
                    table.ForeignKey(
                        name: "FK_BudgetBallotLine_BudgetBallot_BallotId",
                        column: x => x.BallotId,
                        principalTable: "BudgetBallot",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BudgetBallotLine_BudgetProject_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "BudgetProject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Budget_CreatedById",
                table: "Budget",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_Budget_Status_ClosesAt",
                table: "Budget",
                columns: new[] { "Status", "ClosesAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetBallot_BudgetId_MemberId",
                table: "BudgetBallot",
                columns: new[] { "BudgetId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BudgetBallot_MemberId",
                table: "BudgetBallot",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetBallotLine_ProjectId",
                table: "BudgetBallotLine",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetProject_BudgetId",
                table: "BudgetProject",
                column: "BudgetId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetProject_IdeaId",
                table: "BudgetProject",
                column: "IdeaId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BudgetBallotLine");

            migrationBuilder.DropTable(
                name: "BudgetBallot");

            migrationBuilder.DropTable(
                name: "BudgetProject");

            migrationBuilder.DropTable(
                name: "Budget");
        }
    }
}
