using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sobes.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MeasuresAndApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LegalActs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalActs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MeasureParameters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TerritoryId = table.Column<int>(type: "INTEGER", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    LegalActId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureParameters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasureParameters_LegalActs_LegalActId",
                        column: x => x.LegalActId,
                        principalTable: "LegalActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeasureParameters_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Regulations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LegalActId = table.Column<int>(type: "INTEGER", nullable: true),
                    DecisionDeadline_Value = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionDeadline_Unit = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionDeadlineClause = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ComplaintAnswerDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplaintExtensionDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplaintClause = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InteragencyAnswerWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regulations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Regulations_LegalActs_LegalActId",
                        column: x => x.LegalActId,
                        principalTable: "LegalActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeasureApplications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegulationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    PaymentMethod = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentsCompleteOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegisteredByUserId = table.Column<int>(type: "INTEGER", nullable: false),
                    PreparedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    PreparedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VisaByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    VisaOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SignedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ReturnNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasureApplications_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeasureApplications_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeasureApplications_Regulations_RegulationId",
                        column: x => x.RegulationId,
                        principalTable: "Regulations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Measures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Funding = table.Column<int>(type: "INTEGER", nullable: false),
                    RegulationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Eligibility_CategoryCodes = table.Column<string>(type: "TEXT", nullable: false),
                    Eligibility_ForChild = table.Column<bool>(type: "INTEGER", nullable: false),
                    Eligibility_ChildMinAge = table.Column<int>(type: "INTEGER", nullable: true),
                    Eligibility_ChildMaxAge = table.Column<int>(type: "INTEGER", nullable: true),
                    Eligibility_IncomeLimitFactor = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    Eligibility_ResidenceInDistrict = table.Column<bool>(type: "INTEGER", nullable: false),
                    Eligibility_Conditions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AmountRule = table.Column<int>(type: "INTEGER", nullable: false),
                    Formula = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BaseParameterCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AmountDescription = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StartRule = table.Column<int>(type: "INTEGER", nullable: false),
                    EndRule = table.Column<int>(type: "INTEGER", nullable: false),
                    EndAge = table.Column<int>(type: "INTEGER", nullable: true),
                    DurationMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    StopRule = table.Column<int>(type: "INTEGER", nullable: false),
                    PartialMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportLine = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Measures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Measures_Regulations_RegulationId",
                        column: x => x.RegulationId,
                        principalTable: "Regulations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RefusalGrounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegulationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LegalReference = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefusalGrounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RefusalGrounds_Regulations_RegulationId",
                        column: x => x.RegulationId,
                        principalTable: "Regulations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegulationDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegulationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Clause = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Mandatory = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvidingBody = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ValidityDays = table.Column<int>(type: "INTEGER", nullable: true),
                    AlternativeGroup = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Condition = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegulationDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegulationDocuments_Regulations_RegulationId",
                        column: x => x.RegulationId,
                        principalTable: "Regulations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegulationSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegulationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Clause = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PerformerRole = table.Column<int>(type: "INTEGER", nullable: false),
                    Performer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MaxDuration_Value = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxDuration_Unit = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegulationSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegulationSteps_Regulations_RegulationId",
                        column: x => x.RegulationId,
                        principalTable: "Regulations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeasureAmounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    LegalActId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureAmounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasureAmounts_LegalActs_LegalActId",
                        column: x => x.LegalActId,
                        principalTable: "LegalActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeasureAmounts_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeasureAssignments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CitizenId = table.Column<long>(type: "INTEGER", nullable: false),
                    BeneficiaryCitizenId = table.Column<long>(type: "INTEGER", nullable: true),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<long>(type: "INTEGER", nullable: true),
                    ApplicationItemId = table.Column<long>(type: "INTEGER", nullable: true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    TerritoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SuspendedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StoppedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StopGroundCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StatusDocument = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StatusRegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaymentMethod = table.Column<int>(type: "INTEGER", nullable: false),
                    Children = table.Column<int>(type: "INTEGER", nullable: false),
                    ChildrenWithIncrement = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentedSum = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasureAssignments_Citizens_BeneficiaryCitizenId",
                        column: x => x.BeneficiaryCitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeasureAssignments_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeasureAssignments_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeasureAssignments_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeasureBasis",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalActId = table.Column<int>(type: "INTEGER", nullable: false),
                    Article = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureBasis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasureBasis_LegalActs_LegalActId",
                        column: x => x.LegalActId,
                        principalTable: "LegalActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeasureBasis_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeasureReferenceTotals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Recipients = table.Column<int>(type: "INTEGER", nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Sum = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureReferenceTotals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasureReferenceTotals_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StopGrounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Clause = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Automatic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StopGrounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StopGrounds_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InteragencyRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<long>(type: "INTEGER", nullable: false),
                    RegulationDocumentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Body = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Confirms = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InteragencyRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InteragencyRequests_MeasureApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "MeasureApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InteragencyRequests_RegulationDocuments_RegulationDocumentId",
                        column: x => x.RegulationDocumentId,
                        principalTable: "RegulationDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubmittedDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<long>(type: "INTEGER", nullable: false),
                    RegulationDocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ReturnedToApplicant = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmittedDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubmittedDocuments_MeasureApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "MeasureApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SubmittedDocuments_RegulationDocuments_RegulationDocumentId",
                        column: x => x.RegulationDocumentId,
                        principalTable: "RegulationDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<long>(type: "INTEGER", nullable: false),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: false),
                    BeneficiaryCitizenId = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    AmountBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EventDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContractEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Children = table.Column<int>(type: "INTEGER", nullable: false),
                    ChildrenWithIncrement = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentedSum = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    RefusalGroundId = table.Column<int>(type: "INTEGER", nullable: true),
                    RefusalDetails = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RefusalNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    AssignmentId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationItems_Citizens_BeneficiaryCitizenId",
                        column: x => x.BeneficiaryCitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ApplicationItems_MeasureApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "MeasureApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ApplicationItems_MeasureAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "MeasureAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ApplicationItems_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ApplicationItems_RefusalGrounds_RefusalGroundId",
                        column: x => x.RefusalGroundId,
                        principalTable: "RefusalGrounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssignmentChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssignmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OldAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    NewAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssignmentChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssignmentChanges_MeasureAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "MeasureAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssignmentPeriods",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssignmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssignmentPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssignmentPeriods_MeasureAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "MeasureAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssignmentSuspensions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssignmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResumedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Document = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssignmentSuspensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssignmentSuspensions_MeasureAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "MeasureAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationItems_ApplicationId",
                table: "ApplicationItems",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationItems_AssignmentId",
                table: "ApplicationItems",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationItems_BeneficiaryCitizenId",
                table: "ApplicationItems",
                column: "BeneficiaryCitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationItems_MeasureId",
                table: "ApplicationItems",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationItems_RefusalGroundId",
                table: "ApplicationItems",
                column: "RefusalGroundId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationItems_RefusalNumber",
                table: "ApplicationItems",
                column: "RefusalNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentChanges_AssignmentId",
                table: "AssignmentChanges",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentPeriods_AssignmentId_From",
                table: "AssignmentPeriods",
                columns: new[] { "AssignmentId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentSuspensions_AssignmentId_From",
                table: "AssignmentSuspensions",
                columns: new[] { "AssignmentId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_InteragencyRequests_ApplicationId_AnsweredOn",
                table: "InteragencyRequests",
                columns: new[] { "ApplicationId", "AnsweredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_InteragencyRequests_RegulationDocumentId",
                table: "InteragencyRequests",
                column: "RegulationDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalActs_Type_Number_AdoptedOn",
                table: "LegalActs",
                columns: new[] { "Type", "Number", "AdoptedOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeasureAmounts_LegalActId",
                table: "MeasureAmounts",
                column: "LegalActId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureAmounts_MeasureId_ValidFrom",
                table: "MeasureAmounts",
                columns: new[] { "MeasureId", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeasureApplications_CitizenId",
                table: "MeasureApplications",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureApplications_Number",
                table: "MeasureApplications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeasureApplications_OrganisationId_Status_DueOn",
                table: "MeasureApplications",
                columns: new[] { "OrganisationId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasureApplications_RegulationId",
                table: "MeasureApplications",
                column: "RegulationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureAssignments_BeneficiaryCitizenId_MeasureId",
                table: "MeasureAssignments",
                columns: new[] { "BeneficiaryCitizenId", "MeasureId" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasureAssignments_CitizenId_MeasureId",
                table: "MeasureAssignments",
                columns: new[] { "CitizenId", "MeasureId" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasureAssignments_MeasureId",
                table: "MeasureAssignments",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureAssignments_Number",
                table: "MeasureAssignments",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeasureAssignments_OrganisationId",
                table: "MeasureAssignments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureAssignments_TerritoryId_Status_MeasureId",
                table: "MeasureAssignments",
                columns: new[] { "TerritoryId", "Status", "MeasureId" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasureBasis_LegalActId",
                table: "MeasureBasis",
                column: "LegalActId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureBasis_MeasureId",
                table: "MeasureBasis",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureParameters_Code_TerritoryId_ValidFrom",
                table: "MeasureParameters",
                columns: new[] { "Code", "TerritoryId", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeasureParameters_LegalActId",
                table: "MeasureParameters",
                column: "LegalActId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureParameters_TerritoryId",
                table: "MeasureParameters",
                column: "TerritoryId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureReferenceTotals_MeasureId_Year",
                table: "MeasureReferenceTotals",
                columns: new[] { "MeasureId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_Measures_Code",
                table: "Measures",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Measures_RegulationId",
                table: "Measures",
                column: "RegulationId");

            migrationBuilder.CreateIndex(
                name: "IX_RefusalGrounds_RegulationId_Code",
                table: "RefusalGrounds",
                columns: new[] { "RegulationId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegulationDocuments_RegulationId",
                table: "RegulationDocuments",
                column: "RegulationId");

            migrationBuilder.CreateIndex(
                name: "IX_Regulations_Code",
                table: "Regulations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Regulations_LegalActId",
                table: "Regulations",
                column: "LegalActId");

            migrationBuilder.CreateIndex(
                name: "IX_RegulationSteps_RegulationId",
                table: "RegulationSteps",
                column: "RegulationId");

            migrationBuilder.CreateIndex(
                name: "IX_StopGrounds_MeasureId_Code",
                table: "StopGrounds",
                columns: new[] { "MeasureId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubmittedDocuments_ApplicationId",
                table: "SubmittedDocuments",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_SubmittedDocuments_RegulationDocumentId",
                table: "SubmittedDocuments",
                column: "RegulationDocumentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApplicationItems");

            migrationBuilder.DropTable(
                name: "AssignmentChanges");

            migrationBuilder.DropTable(
                name: "AssignmentPeriods");

            migrationBuilder.DropTable(
                name: "AssignmentSuspensions");

            migrationBuilder.DropTable(
                name: "InteragencyRequests");

            migrationBuilder.DropTable(
                name: "MeasureAmounts");

            migrationBuilder.DropTable(
                name: "MeasureBasis");

            migrationBuilder.DropTable(
                name: "MeasureParameters");

            migrationBuilder.DropTable(
                name: "MeasureReferenceTotals");

            migrationBuilder.DropTable(
                name: "RegulationSteps");

            migrationBuilder.DropTable(
                name: "StopGrounds");

            migrationBuilder.DropTable(
                name: "SubmittedDocuments");

            migrationBuilder.DropTable(
                name: "RefusalGrounds");

            migrationBuilder.DropTable(
                name: "MeasureAssignments");

            migrationBuilder.DropTable(
                name: "MeasureApplications");

            migrationBuilder.DropTable(
                name: "RegulationDocuments");

            migrationBuilder.DropTable(
                name: "Measures");

            migrationBuilder.DropTable(
                name: "Regulations");

            migrationBuilder.DropTable(
                name: "LegalActs");
        }
    }
}
