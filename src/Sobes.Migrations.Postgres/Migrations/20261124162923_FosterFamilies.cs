using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sobes.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FosterFamilies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Milestone",
                table: "RegulationSteps",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "RefusalCheckedByMinistry",
                table: "Regulations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "FosterContractId",
                table: "MeasureAssignments",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DocumentsCompleteAtUtc",
                table: "MeasureApplications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DoublePaymentCheckResult",
                table: "MeasureApplications",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DoublePaymentCheckedAtUtc",
                table: "MeasureApplications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DoublePaymentCheckedByUserId",
                table: "MeasureApplications",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FosterContractId",
                table: "MeasureApplications",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "IntakeStartedAtUtc",
                table: "MeasureApplications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NoticeByUserId",
                table: "MeasureApplications",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NoticeGivenOn",
                table: "MeasureApplications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NoticeWay",
                table: "MeasureApplications",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PreparedAtUtc",
                table: "MeasureApplications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RefusalCheck",
                table: "MeasureApplications",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RefusalCheckRemark",
                table: "MeasureApplications",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RefusalCheckedByUserId",
                table: "MeasureApplications",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RefusalCheckedOn",
                table: "MeasureApplications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RefusalSentByUserId",
                table: "MeasureApplications",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RefusalSentOn",
                table: "MeasureApplications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SignedAtUtc",
                table: "MeasureApplications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VisaAtUtc",
                table: "MeasureApplications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AppealComplaints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RegisteredByUserId = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    CitizenId = table.Column<long>(type: "bigint", nullable: false),
                    RepresentativeName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    RegulationId = table.Column<int>(type: "integer", nullable: false),
                    ApplicationId = table.Column<long>(type: "bigint", nullable: true),
                    AssignmentId = table.Column<long>(type: "bigint", nullable: true),
                    Subject = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Officials = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Attachments = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExtensionDays = table.Column<int>(type: "integer", nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ExtendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtendedByUserId = table.Column<int>(type: "integer", nullable: true),
                    CitizenNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Decision = table.Column<int>(type: "integer", nullable: true),
                    NoAnswerGround = table.Column<int>(type: "integer", nullable: true),
                    AnswerText = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnsweredByUserId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppealComplaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppealComplaints_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AppealComplaints_MeasureApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "MeasureApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AppealComplaints_MeasureAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "MeasureAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AppealComplaints_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AppealComplaints_Regulations_RegulationId",
                        column: x => x.RegulationId,
                        principalTable: "Regulations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChildrenInCare",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CitizenId = table.Column<long>(type: "bigint", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CareAbsenceKind = table.Column<int>(type: "integer", nullable: false),
                    CareAbsenceDocument = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CareAbsenceDocumentDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DisabledFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    LimitedHealthFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildrenInCare", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChildrenInCare_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChildrenInCare_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FosterContracts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ConcludedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    GuardianshipBody = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    FosterParentCitizenId = table.Column<long>(type: "bigint", nullable: false),
                    SecondFosterParentCitizenId = table.Column<long>(type: "bigint", nullable: true),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    EndGroundCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    EndReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    EndDocument = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    EndRegisteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterContracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterContracts_Citizens_FosterParentCitizenId",
                        column: x => x.FosterParentCitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterContracts_Citizens_SecondFosterParentCitizenId",
                        column: x => x.SecondFosterParentCitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterContracts_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OralAppeals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    AppealedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CitizenName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CitizenId = table.Column<long>(type: "bigint", nullable: true),
                    RegulationId = table.Column<int>(type: "integer", nullable: true),
                    Shortcomings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DocumentsReturned = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedByUserId = table.Column<int>(type: "integer", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "ChildSchooling",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildInCareId = table.Column<long>(type: "bigint", nullable: false),
                    School = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Ownership = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Certificate = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildSchooling", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChildSchooling_ChildrenInCare_ChildInCareId",
                        column: x => x.ChildInCareId,
                        principalTable: "ChildrenInCare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Placements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildInCareId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    FosterContractId = table.Column<long>(type: "bigint", nullable: true),
                    GuardianCitizenId = table.Column<long>(type: "bigint", nullable: true),
                    Details = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    PlannedUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LeftGroundCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    LeftReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LeftDocument = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LeftRegisteredOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Placements_ChildrenInCare_ChildInCareId",
                        column: x => x.ChildInCareId,
                        principalTable: "ChildrenInCare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Citizens_GuardianCitizenId",
                        column: x => x.GuardianCitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_FosterContracts_FosterContractId",
                        column: x => x.FosterContractId,
                        principalTable: "FosterContracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeasureAssignments_FosterContractId",
                table: "MeasureAssignments",
                column: "FosterContractId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureApplications_FosterContractId",
                table: "MeasureApplications",
                column: "FosterContractId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureApplications_RefusalCheck",
                table: "MeasureApplications",
                column: "RefusalCheck");

            migrationBuilder.CreateIndex(
                name: "IX_AppealComplaints_ApplicationId",
                table: "AppealComplaints",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_AppealComplaints_AssignmentId",
                table: "AppealComplaints",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AppealComplaints_CitizenId",
                table: "AppealComplaints",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_AppealComplaints_Number",
                table: "AppealComplaints",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppealComplaints_OrganisationId_AnsweredOn_DueOn",
                table: "AppealComplaints",
                columns: new[] { "OrganisationId", "AnsweredOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AppealComplaints_RegulationId",
                table: "AppealComplaints",
                column: "RegulationId");

            migrationBuilder.CreateIndex(
                name: "IX_ChildrenInCare_CitizenId",
                table: "ChildrenInCare",
                column: "CitizenId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChildrenInCare_OrganisationId",
                table: "ChildrenInCare",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ChildSchooling_ChildInCareId",
                table: "ChildSchooling",
                column: "ChildInCareId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterContracts_FosterParentCitizenId",
                table: "FosterContracts",
                column: "FosterParentCitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterContracts_OrganisationId_Number",
                table: "FosterContracts",
                columns: new[] { "OrganisationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FosterContracts_SecondFosterParentCitizenId",
                table: "FosterContracts",
                column: "SecondFosterParentCitizenId");

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

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ChildInCareId_From",
                table: "Placements",
                columns: new[] { "ChildInCareId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_FosterContractId",
                table: "Placements",
                column: "FosterContractId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_GuardianCitizenId",
                table: "Placements",
                column: "GuardianCitizenId");

            migrationBuilder.AddForeignKey(
                name: "FK_MeasureApplications_FosterContracts_FosterContractId",
                table: "MeasureApplications",
                column: "FosterContractId",
                principalTable: "FosterContracts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MeasureAssignments_FosterContracts_FosterContractId",
                table: "MeasureAssignments",
                column: "FosterContractId",
                principalTable: "FosterContracts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MeasureApplications_FosterContracts_FosterContractId",
                table: "MeasureApplications");

            migrationBuilder.DropForeignKey(
                name: "FK_MeasureAssignments_FosterContracts_FosterContractId",
                table: "MeasureAssignments");

            migrationBuilder.DropTable(
                name: "AppealComplaints");

            migrationBuilder.DropTable(
                name: "ChildSchooling");

            migrationBuilder.DropTable(
                name: "OralAppeals");

            migrationBuilder.DropTable(
                name: "Placements");

            migrationBuilder.DropTable(
                name: "ChildrenInCare");

            migrationBuilder.DropTable(
                name: "FosterContracts");

            migrationBuilder.DropIndex(
                name: "IX_MeasureAssignments_FosterContractId",
                table: "MeasureAssignments");

            migrationBuilder.DropIndex(
                name: "IX_MeasureApplications_FosterContractId",
                table: "MeasureApplications");

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
                name: "FosterContractId",
                table: "MeasureAssignments");

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
                name: "FosterContractId",
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
