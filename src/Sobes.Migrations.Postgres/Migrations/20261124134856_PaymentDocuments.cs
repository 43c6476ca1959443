using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sobes.Migrations.Postgres.Migrations
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PaymentConfirmations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PeriodId = table.Column<long>(type: "bigint", nullable: false),
                    AccrualId = table.Column<long>(type: "bigint", nullable: false),
                    Paid = table.Column<bool>(type: "boolean", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: true)
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
