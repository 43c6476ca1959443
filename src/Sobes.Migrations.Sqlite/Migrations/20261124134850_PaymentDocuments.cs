using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sobes.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PaymentDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RunStartedAtUtc",
                table: "PaymentPeriods",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PaymentConfirmations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodId = table.Column<long>(type: "INTEGER", nullable: false),
                    AccrualId = table.Column<long>(type: "INTEGER", nullable: false),
                    Paid = table.Column<bool>(type: "INTEGER", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentConfirmations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentConfirmations_Accruals_AccrualId",
                        column: x => x.AccrualId,
                        principalTable: "Accruals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PaymentConfirmations_PaymentPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "PaymentPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentConfirmations_AccrualId",
                table: "PaymentConfirmations",
                column: "AccrualId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentConfirmations_PeriodId",
                table: "PaymentConfirmations",
                column: "PeriodId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PaymentConfirmations");

            migrationBuilder.DropColumn(
                name: "RunStartedAtUtc",
                table: "PaymentPeriods");
        }
    }
}
