using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sobes.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProcedureTracking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Milestone",
                table: "RegulationSteps",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "RefusalCheckedByMinistry",
                table: "Regulations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "DocumentsCompleteAtUtc",
                table: "MeasureApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DoublePaymentCheckResult",
                table: "MeasureApplications",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DoublePaymentCheckedAtUtc",
                table: "MeasureApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DoublePaymentCheckedByUserId",
                table: "MeasureApplications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "IntakeStartedAtUtc",
                table: "MeasureApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NoticeByUserId",
                table: "MeasureApplications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NoticeGivenOn",
                table: "MeasureApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NoticeWay",
                table: "MeasureApplications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PreparedAtUtc",
                table: "MeasureApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RefusalCheck",
                table: "MeasureApplications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RefusalCheckRemark",
                table: "MeasureApplications",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RefusalCheckedByUserId",
                table: "MeasureApplications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RefusalCheckedOn",
                table: "MeasureApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RefusalSentByUserId",
                table: "MeasureApplications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RefusalSentOn",
                table: "MeasureApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SignedAtUtc",
                table: "MeasureApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VisaAtUtc",
                table: "MeasureApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OralAppeals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AppealedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CitizenName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CitizenId = table.Column<long>(type: "INTEGER", nullable: true),
                    RegulationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Shortcomings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DocumentsReturned = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedByUserId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OralAppeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OralAppeals_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OralAppeals_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OralAppeals_Regulations_RegulationId",
                        column: x => x.RegulationId,
                        principalTable: "Regulations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeasureApplications_RefusalCheck",
                table: "MeasureApplications",
                column: "RefusalCheck");

            migrationBuilder.CreateIndex(
                name: "IX_OralAppeals_CitizenId",
                table: "OralAppeals",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_OralAppeals_OrganisationId_AppealedOn",
                table: "OralAppeals",
                columns: new[] { "OrganisationId", "AppealedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_OralAppeals_RegulationId",
                table: "OralAppeals",
                column: "RegulationId");

            // A catalogue seeded before this migration gets what measures.json now says (seed 002 cl. 17.2 and section III);
            // the same SQL runs on SQLite and PostgreSQL.
            migrationBuilder.Sql("UPDATE \"Regulations\" SET \"RefusalCheckedByMinistry\" = TRUE WHERE \"Code\" = 'AR-PRIEM-VARNA';");
            migrationBuilder.Sql("UPDATE \"RegulationSteps\" SET \"Milestone\" = CASE WHEN \"Order\" <= 7 THEN \"Order\" ELSE 8 END " +
                "WHERE \"RegulationId\" IN (SELECT \"Id\" FROM \"Regulations\" WHERE \"Code\" = 'AR-PRIEM-VARNA');");
            migrationBuilder.Sql("UPDATE \"RegulationSteps\" SET \"Milestone\" = CASE \"Order\" WHEN 1 THEN 1 WHEN 3 THEN 2 WHEN 4 THEN 4 WHEN 5 THEN 7 ELSE 0 END " +
                "WHERE \"RegulationId\" IN (SELECT \"Id\" FROM \"Regulations\" WHERE \"Code\" LIKE 'TR-%');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OralAppeals");

            migrationBuilder.DropIndex(
                name: "IX_MeasureApplications_RefusalCheck",
                table: "MeasureApplications");

            migrationBuilder.DropColumn(
                name: "Milestone",
                table: "RegulationSteps");

            migrationBuilder.DropColumn(
                name: "RefusalCheckedByMinistry",
                table: "Regulations");

            migrationBuilder.DropColumn(
                name: "DocumentsCompleteAtUtc",
                table: "MeasureApplications");

            migrationBuilder.DropColumn(
                name: "DoublePaymentCheckResult",
                table: "MeasureApplications");

            migrationBuilder.DropColumn(
                name: "DoublePaymentCheckedAtUtc",
                table: "MeasureApplications");

            migrationBuilder.DropColumn(
                name: "DoublePaymentCheckedByUserId",
                table: "MeasureApplications");

            migrationBuilder.DropColumn(
                name: "IntakeStartedAtUtc",
                table: "MeasureApplications");

            migrationBuilder.DropColumn(
                name: "NoticeByUserId",
                table: "MeasureApplications");

            migrationBuilder.DropColumn(
                name: "NoticeGivenOn",
                table: "MeasureApplications");

            migrationBuilder.DropColumn(
                name: "NoticeWay",
                table: "MeasureApplications");

            migrationBuilder.DropColumn(
                name: "PreparedAtUtc",
                table: "MeasureApplications");

            migrationBuilder.DropColumn(
                name: "RefusalCheck",
                table: "MeasureApplications");

            migrationBuilder.DropColumn(
                name: "RefusalCheckRemark",
                table: "MeasureApplications");

            migrationBuilder.DropColumn(
                name: "RefusalCheckedByUserId",
                table: "MeasureApplications");

            migrationBuilder.DropColumn(
                name: "RefusalCheckedOn",
                table: "MeasureApplications");

            migrationBuilder.DropColumn(
                name: "RefusalSentByUserId",
                table: "MeasureApplications");

            migrationBuilder.DropColumn(
                name: "RefusalSentOn",
                table: "MeasureApplications");

            migrationBuilder.DropColumn(
                name: "SignedAtUtc",
                table: "MeasureApplications");

            migrationBuilder.DropColumn(
                name: "VisaAtUtc",
                table: "MeasureApplications");
        }
    }
}
