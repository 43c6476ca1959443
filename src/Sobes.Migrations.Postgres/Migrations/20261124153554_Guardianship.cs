using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sobes.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Guardianship : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FosterContractId",
                table: "MeasureAssignments",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FosterContractId",
                table: "MeasureApplications",
                type: "bigint",
                nullable: true);

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
                name: "ChildSchooling");

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

            migrationBuilder.DropColumn(
                name: "FosterContractId",
                table: "MeasureAssignments");

            migrationBuilder.DropColumn(
                name: "FosterContractId",
                table: "MeasureApplications");
        }
    }
}
