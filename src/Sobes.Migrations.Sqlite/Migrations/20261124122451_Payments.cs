using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sobes.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Payments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MeasureAssignments_OrganisationId",
                table: "MeasureAssignments");

            migrationBuilder.CreateTable(
                name: "PaymentPeriods",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    LedgerStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CheckpointAssignmentId = table.Column<long>(type: "INTEGER", nullable: true),
                    OpenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    ComputedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ComputedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    HeadApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HeadApprovedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    AccountantApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AccountantApprovedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentPeriods_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Accruals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PeriodId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    AssignmentNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CitizenId = table.Column<long>(type: "INTEGER", nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Funding = table.Column<int>(type: "INTEGER", nullable: false),
                    ForMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Deduction = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ToPay = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: true),
                    Bik = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Account = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PostOfficeIndex = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accruals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Accruals_MeasureAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "MeasureAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Accruals_PaymentPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "PaymentPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Overpayments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CitizenId = table.Column<long>(type: "INTEGER", nullable: false),
                    AssignmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    AssignmentNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: false),
                    ForMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Balance = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DetectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DetectedInPeriodId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Overpayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Overpayments_MeasureAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "MeasureAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Overpayments_PaymentPeriods_DetectedInPeriodId",
                        column: x => x.DetectedInPeriodId,
                        principalTable: "PaymentPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaymentReturns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccrualId = table.Column<long>(type: "INTEGER", nullable: false),
                    PeriodId = table.Column<long>(type: "INTEGER", nullable: false),
                    CitizenId = table.Column<long>(type: "INTEGER", nullable: false),
                    AssignmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    ForMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ReturnedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RepayRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    RepaidInPeriodId = table.Column<long>(type: "INTEGER", nullable: true),
                    WrittenOffOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WriteOffReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentReturns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentReturns_Accruals_AccrualId",
                        column: x => x.AccrualId,
                        principalTable: "Accruals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Recoveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OverpaymentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodId = table.Column<long>(type: "INTEGER", nullable: true),
                    AccrualId = table.Column<long>(type: "INTEGER", nullable: true),
                    Document = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recoveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Recoveries_Accruals_AccrualId",
                        column: x => x.AccrualId,
                        principalTable: "Accruals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Recoveries_Overpayments_OverpaymentId",
                        column: x => x.OverpaymentId,
                        principalTable: "Overpayments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeasureAssignments_OrganisationId_Id",
                table: "MeasureAssignments",
                columns: new[] { "OrganisationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Accruals_AssignmentId_ForMonth_Kind_PeriodId",
                table: "Accruals",
                columns: new[] { "AssignmentId", "ForMonth", "Kind", "PeriodId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accruals_PeriodId_Bik",
                table: "Accruals",
                columns: new[] { "PeriodId", "Bik" });

            migrationBuilder.CreateIndex(
                name: "IX_Accruals_PeriodId_CitizenId",
                table: "Accruals",
                columns: new[] { "PeriodId", "CitizenId" });

            migrationBuilder.CreateIndex(
                name: "IX_Accruals_PeriodId_PostOfficeIndex",
                table: "Accruals",
                columns: new[] { "PeriodId", "PostOfficeIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_Overpayments_AssignmentId_ForMonth_DetectedInPeriodId",
                table: "Overpayments",
                columns: new[] { "AssignmentId", "ForMonth", "DetectedInPeriodId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Overpayments_DetectedInPeriodId",
                table: "Overpayments",
                column: "DetectedInPeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_Overpayments_OrganisationId_CitizenId",
                table: "Overpayments",
                columns: new[] { "OrganisationId", "CitizenId" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentPeriods_OrganisationId_Year_Month",
                table: "PaymentPeriods",
                columns: new[] { "OrganisationId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentReturns_AccrualId",
                table: "PaymentReturns",
                column: "AccrualId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentReturns_OrganisationId_Status",
                table: "PaymentReturns",
                columns: new[] { "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Recoveries_AccrualId",
                table: "Recoveries",
                column: "AccrualId");

            migrationBuilder.CreateIndex(
                name: "IX_Recoveries_OverpaymentId",
                table: "Recoveries",
                column: "OverpaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_Recoveries_PeriodId",
                table: "Recoveries",
                column: "PeriodId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PaymentReturns");

            migrationBuilder.DropTable(
                name: "Recoveries");

            migrationBuilder.DropTable(
                name: "Accruals");

            migrationBuilder.DropTable(
                name: "Overpayments");

            migrationBuilder.DropTable(
                name: "PaymentPeriods");

            migrationBuilder.DropIndex(
                name: "IX_MeasureAssignments_OrganisationId_Id",
                table: "MeasureAssignments");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureAssignments_OrganisationId",
                table: "MeasureAssignments",
                column: "OrganisationId");
        }
    }
}
