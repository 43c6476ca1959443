using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sobes.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SocialServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    CitizenId = table.Column<long>(type: "bigint", nullable: true),
                    ComplainantName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Form = table.Column<int>(type: "integer", nullable: true),
                    Subject = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    IsJustified = table.Column<bool>(type: "boolean", nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Complaints_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExternalInspections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Body = table.Column<int>(type: "integer", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ActNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ViolationsFound = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RemediedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExternalInspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExternalInspections_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeeRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    FreeIncomeLimitMultiplier = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    HomeFeeShareOfExcess = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    StationaryFeeShareOfIncome = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeeRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SatisfactionSurveys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    ConductedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Form = table.Column<int>(type: "integer", nullable: false),
                    ServiceType = table.Column<int>(type: "integer", nullable: true),
                    Respondents = table.Column<int>(type: "integer", nullable: false),
                    Satisfied = table.Column<int>(type: "integer", nullable: false),
                    Basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SatisfactionSurveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SatisfactionSurveys_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceApplications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CitizenId = table.Column<long>(type: "bigint", nullable: false),
                    AuthorityOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    ReceivedByOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RequestedForm = table.Column<int>(type: "integer", nullable: false),
                    Circumstances = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FreeGrounds = table.Column<int[]>(type: "integer[]", nullable: false),
                    SubsistenceGroup = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceApplications_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceApplications_Organisations_AuthorityOrganisationId",
                        column: x => x.AuthorityOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceApplications_Organisations_ReceivedByOrganisationId",
                        column: x => x.ReceivedByOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SocialServices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Form = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Unit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    TimeNormMinutes = table.Column<int>(type: "integer", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialServices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StateAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: true),
                    OrganisationName = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    OrganisationAddress = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FinancialYear = table.Column<int>(type: "integer", nullable: false),
                    LastPlanningYear = table.Column<int>(type: "integer", nullable: false),
                    PriceSettingBody = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ConsultationMaxWaitMinutes = table.Column<int>(type: "integer", nullable: false),
                    PhoneCallMaxMinutes = table.Column<int>(type: "integer", nullable: false),
                    EarlyTerminationGrounds = table.Column<List<string>>(type: "text[]", nullable: false),
                    ControlBasis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OtherReportingRequirements = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StateAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StateAssignments_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubsistenceMinimums",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Group = table.Column<int>(type: "integer", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    LegalAct = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubsistenceMinimums", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UrgentServiceActs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CitizenId = table.Column<long>(type: "bigint", nullable: false),
                    ProviderOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ProvidedFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ProvidedTo = table.Column<DateOnly>(type: "date", nullable: false),
                    DrawnUpOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Conditions = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RecipientSignedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UrgentServiceActs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UrgentServiceActs_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UrgentServiceActs_Organisations_ProviderOrganisationId",
                        column: x => x.ProviderOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HouseholdMembers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ServiceApplicationId = table.Column<long>(type: "bigint", nullable: false),
                    CitizenId = table.Column<long>(type: "bigint", nullable: true),
                    FullName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Relation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HouseholdMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HouseholdMembers_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HouseholdMembers_ServiceApplications_ServiceApplicationId",
                        column: x => x.ServiceApplicationId,
                        principalTable: "ServiceApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NeedRecognitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ServiceApplicationId = table.Column<long>(type: "bigint", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    RefusalReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecognisedForm = table.Column<int>(type: "integer", nullable: true),
                    DecidedByUserId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NeedRecognitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NeedRecognitions_ServiceApplications_ServiceApplicationId",
                        column: x => x.ServiceApplicationId,
                        principalTable: "ServiceApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssignmentParts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StateAssignmentId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    QuarterlyReportDay = table.Column<int>(type: "integer", nullable: false),
                    QuarterlyReportsThroughQuarter = table.Column<int>(type: "integer", nullable: false),
                    YearlyReportMonth = table.Column<int>(type: "integer", nullable: false),
                    YearlyReportDay = table.Column<int>(type: "integer", nullable: false),
                    ReportingTermsText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssignmentParts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssignmentParts_StateAssignments_StateAssignmentId",
                        column: x => x.StateAssignmentId,
                        principalTable: "StateAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ControlForms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StateAssignmentId = table.Column<int>(type: "integer", nullable: false),
                    Form = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Periodicity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Bodies = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ControlForms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ControlForms_StateAssignments_StateAssignmentId",
                        column: x => x.StateAssignmentId,
                        principalTable: "StateAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StateAssignmentId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Formula = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FormulaText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Source = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Accumulates = table.Column<bool>(type: "boolean", nullable: false),
                    Measure = table.Column<int>(type: "integer", nullable: false),
                    ServiceCodes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_StateAssignments_StateAssignmentId",
                        column: x => x.StateAssignmentId,
                        principalTable: "StateAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceTariffs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SocialServiceId = table.Column<int>(type: "integer", nullable: true),
                    Form = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Price = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Unit = table.Column<int>(type: "integer", nullable: false),
                    LegalAct = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StateAssignmentId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceTariffs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceTariffs_SocialServices_SocialServiceId",
                        column: x => x.SocialServiceId,
                        principalTable: "SocialServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceTariffs_StateAssignments_StateAssignmentId",
                        column: x => x.StateAssignmentId,
                        principalTable: "StateAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "UrgentServiceActLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UrgentServiceActId = table.Column<long>(type: "bigint", nullable: false),
                    SocialServiceId = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UrgentServiceActLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UrgentServiceActLines_SocialServices_SocialServiceId",
                        column: x => x.SocialServiceId,
                        principalTable: "SocialServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UrgentServiceActLines_UrgentServiceActs_UrgentServiceActId",
                        column: x => x.UrgentServiceActId,
                        principalTable: "UrgentServiceActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MemberIncomes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HouseholdMemberId = table.Column<long>(type: "bigint", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Kind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberIncomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberIncomes_HouseholdMembers_HouseholdMemberId",
                        column: x => x.HouseholdMemberId,
                        principalTable: "HouseholdMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndividualProgrammes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CitizenId = table.Column<long>(type: "bigint", nullable: false),
                    NeedRecognitionId = table.Column<long>(type: "bigint", nullable: false),
                    Form = table.Column<int>(type: "integer", nullable: false),
                    DrawnUpOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NextReviewOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecommendedProviderIds = table.Column<List<int>>(type: "integer[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndividualProgrammes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndividualProgrammes_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndividualProgrammes_NeedRecognitions_NeedRecognitionId",
                        column: x => x.NeedRecognitionId,
                        principalTable: "NeedRecognitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssignmentReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StateAssignmentId = table.Column<int>(type: "integer", nullable: false),
                    AssignmentPartId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TolerancePercentagePoints = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    ComputedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExplanatoryNote = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    AccountsPayable = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    OverdueAccountsPayable = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SubmittedByName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewedByName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ReviewRemarks = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssignmentReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssignmentReports_AssignmentParts_AssignmentPartId",
                        column: x => x.AssignmentPartId,
                        principalTable: "AssignmentParts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssignmentReports_StateAssignments_StateAssignmentId",
                        column: x => x.StateAssignmentId,
                        principalTable: "StateAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssignmentSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssignmentPartId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Form = table.Column<int>(type: "integer", nullable: true),
                    ServiceType = table.Column<int>(type: "integer", nullable: true),
                    Recipients = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    LegalActs = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssignmentSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssignmentSections_AssignmentParts_AssignmentPartId",
                        column: x => x.AssignmentPartId,
                        principalTable: "AssignmentParts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorInputs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    Symbol = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorInputs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorInputs_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorPlanValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorPlanValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorPlanValues_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndividualProgrammeId = table.Column<long>(type: "bigint", nullable: false),
                    SocialServiceId = table.Column<int>(type: "integer", nullable: false),
                    Volume = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Periodicity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeLines_IndividualProgrammes_IndividualProgrammeId",
                        column: x => x.IndividualProgrammeId,
                        principalTable: "IndividualProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgrammeLines_SocialServices_SocialServiceId",
                        column: x => x.SocialServiceId,
                        principalTable: "SocialServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceContracts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CitizenId = table.Column<long>(type: "bigint", nullable: false),
                    IndividualProgrammeId = table.Column<long>(type: "bigint", nullable: false),
                    ProviderOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    ProgrammeSubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ConcludedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TerminatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TerminationReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceContracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceContracts_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceContracts_IndividualProgrammes_IndividualProgrammeId",
                        column: x => x.IndividualProgrammeId,
                        principalTable: "IndividualProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceContracts_Organisations_ProviderOrganisationId",
                        column: x => x.ProviderOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssignmentReportRows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssignmentReportId = table.Column<long>(type: "bigint", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IndicatorName = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Plan = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    Actual = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    PercentOfPlan = table.Column<decimal>(type: "numeric(9,1)", precision: 9, scale: 1, nullable: true),
                    ExpectedPercent = table.Column<decimal>(type: "numeric(9,1)", precision: 9, scale: 1, nullable: true),
                    RequiresReason = table.Column<bool>(type: "boolean", nullable: false),
                    DeviationReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Source = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Measure = table.Column<int>(type: "integer", nullable: false),
                    InputsText = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ManualValue = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssignmentReportRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssignmentReportRows_AssignmentReports_AssignmentReportId",
                        column: x => x.AssignmentReportId,
                        principalTable: "AssignmentReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SectionIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssignmentSectionId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectionIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SectionIndicators_AssignmentSections_AssignmentSectionId",
                        column: x => x.AssignmentSectionId,
                        principalTable: "AssignmentSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SectionIndicators_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    AssignmentSectionId = table.Column<int>(type: "integer", nullable: false),
                    PerformedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    DistanceKm = table.Column<decimal>(type: "numeric(18,1)", precision: 18, scale: 1, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkEntries_AssignmentSections_AssignmentSectionId",
                        column: x => x.AssignmentSectionId,
                        principalTable: "AssignmentSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WorkEntries_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeliveredServices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CitizenId = table.Column<long>(type: "bigint", nullable: false),
                    SocialServiceId = table.Column<int>(type: "integer", nullable: false),
                    ServiceContractId = table.Column<long>(type: "bigint", nullable: true),
                    ProviderOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    DeliveredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Minutes = table.Column<int>(type: "integer", nullable: false),
                    WorkerUserId = table.Column<int>(type: "integer", nullable: true),
                    WorkerName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliveredServices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliveredServices_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeliveredServices_Organisations_ProviderOrganisationId",
                        column: x => x.ProviderOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeliveredServices_ServiceContracts_ServiceContractId",
                        column: x => x.ServiceContractId,
                        principalTable: "ServiceContracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeliveredServices_SocialServices_SocialServiceId",
                        column: x => x.SocialServiceId,
                        principalTable: "SocialServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceActs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CitizenId = table.Column<long>(type: "bigint", nullable: false),
                    ServiceContractId = table.Column<long>(type: "bigint", nullable: true),
                    ProviderOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Form = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    DrawnUpOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TotalCost = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Fee = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    FeeBasis = table.Column<int>(type: "integer", nullable: true),
                    FeeExplanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AveragePerCapitaIncome = table.Column<decimal>(type: "numeric(28,10)", precision: 28, scale: 10, nullable: false),
                    SubsistenceMinimum = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    FreeIncomeLimit = table.Column<decimal>(type: "numeric(28,10)", precision: 28, scale: 10, nullable: false),
                    FeeCap = table.Column<decimal>(type: "numeric(28,10)", precision: 28, scale: 10, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SignedByUserId = table.Column<int>(type: "integer", nullable: true),
                    SignedByName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceActs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceActs_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceActs_Organisations_ProviderOrganisationId",
                        column: x => x.ProviderOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceActs_ServiceContracts_ServiceContractId",
                        column: x => x.ServiceContractId,
                        principalTable: "ServiceContracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceActLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ServiceActId = table.Column<long>(type: "bigint", nullable: false),
                    SocialServiceId = table.Column<int>(type: "integer", nullable: false),
                    ServiceCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ServiceName = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Unit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Minutes = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ServiceTariffId = table.Column<int>(type: "integer", nullable: true),
                    Price = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    PriceUnit = table.Column<int>(type: "integer", nullable: false),
                    Cost = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceActLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceActLines_ServiceActs_ServiceActId",
                        column: x => x.ServiceActId,
                        principalTable: "ServiceActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentParts_StateAssignmentId_Code",
                table: "AssignmentParts",
                columns: new[] { "StateAssignmentId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentReportRows_AssignmentReportId",
                table: "AssignmentReportRows",
                column: "AssignmentReportId");

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentReports_AssignmentPartId_Year_Quarter",
                table: "AssignmentReports",
                columns: new[] { "AssignmentPartId", "Year", "Quarter" });

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentReports_StateAssignmentId",
                table: "AssignmentReports",
                column: "StateAssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentSections_AssignmentPartId",
                table: "AssignmentSections",
                column: "AssignmentPartId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_CitizenId",
                table: "Complaints",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_OrganisationId_ReceivedOn",
                table: "Complaints",
                columns: new[] { "OrganisationId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ControlForms_StateAssignmentId",
                table: "ControlForms",
                column: "StateAssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveredServices_CitizenId_DeliveredOn",
                table: "DeliveredServices",
                columns: new[] { "CitizenId", "DeliveredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DeliveredServices_ProviderOrganisationId_DeliveredOn",
                table: "DeliveredServices",
                columns: new[] { "ProviderOrganisationId", "DeliveredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DeliveredServices_ServiceContractId",
                table: "DeliveredServices",
                column: "ServiceContractId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveredServices_SocialServiceId",
                table: "DeliveredServices",
                column: "SocialServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_ExternalInspections_OrganisationId_EndedOn",
                table: "ExternalInspections",
                columns: new[] { "OrganisationId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FeeRules_Region_ValidFrom",
                table: "FeeRules",
                columns: new[] { "Region", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HouseholdMembers_CitizenId",
                table: "HouseholdMembers",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_HouseholdMembers_ServiceApplicationId",
                table: "HouseholdMembers",
                column: "ServiceApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorInputs_IndicatorId",
                table: "IndicatorInputs",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorPlanValues_IndicatorId_Year",
                table: "IndicatorPlanValues",
                columns: new[] { "IndicatorId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_StateAssignmentId_Code",
                table: "Indicators",
                columns: new[] { "StateAssignmentId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndividualProgrammes_CitizenId",
                table: "IndividualProgrammes",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_IndividualProgrammes_NeedRecognitionId",
                table: "IndividualProgrammes",
                column: "NeedRecognitionId");

            migrationBuilder.CreateIndex(
                name: "IX_IndividualProgrammes_Number",
                table: "IndividualProgrammes",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MemberIncomes_HouseholdMemberId",
                table: "MemberIncomes",
                column: "HouseholdMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_NeedRecognitions_Outcome_DueOn",
                table: "NeedRecognitions",
                columns: new[] { "Outcome", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_NeedRecognitions_ServiceApplicationId",
                table: "NeedRecognitions",
                column: "ServiceApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeLines_IndividualProgrammeId",
                table: "ProgrammeLines",
                column: "IndividualProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeLines_SocialServiceId",
                table: "ProgrammeLines",
                column: "SocialServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionSurveys_OrganisationId_ConductedOn",
                table: "SatisfactionSurveys",
                columns: new[] { "OrganisationId", "ConductedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SectionIndicators_AssignmentSectionId_IndicatorId",
                table: "SectionIndicators",
                columns: new[] { "AssignmentSectionId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SectionIndicators_IndicatorId",
                table: "SectionIndicators",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceActLines_ServiceActId",
                table: "ServiceActLines",
                column: "ServiceActId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceActs_CitizenId_Year_Month_ServiceContractId",
                table: "ServiceActs",
                columns: new[] { "CitizenId", "Year", "Month", "ServiceContractId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceActs_Number",
                table: "ServiceActs",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceActs_ProviderOrganisationId_Year_Month",
                table: "ServiceActs",
                columns: new[] { "ProviderOrganisationId", "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceActs_ServiceContractId",
                table: "ServiceActs",
                column: "ServiceContractId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceApplications_AuthorityOrganisationId",
                table: "ServiceApplications",
                column: "AuthorityOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceApplications_CitizenId_SubmittedOn",
                table: "ServiceApplications",
                columns: new[] { "CitizenId", "SubmittedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceApplications_Number",
                table: "ServiceApplications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceApplications_ReceivedByOrganisationId",
                table: "ServiceApplications",
                column: "ReceivedByOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceContracts_CitizenId",
                table: "ServiceContracts",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceContracts_IndividualProgrammeId",
                table: "ServiceContracts",
                column: "IndividualProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceContracts_Number",
                table: "ServiceContracts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceContracts_ProviderOrganisationId_CitizenId",
                table: "ServiceContracts",
                columns: new[] { "ProviderOrganisationId", "CitizenId" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceTariffs_Form_Kind_ValidFrom",
                table: "ServiceTariffs",
                columns: new[] { "Form", "Kind", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceTariffs_SocialServiceId",
                table: "ServiceTariffs",
                column: "SocialServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceTariffs_StateAssignmentId",
                table: "ServiceTariffs",
                column: "StateAssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_SocialServices_Code",
                table: "SocialServices",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StateAssignments_OrganisationId_Number_FinancialYear",
                table: "StateAssignments",
                columns: new[] { "OrganisationId", "Number", "FinancialYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubsistenceMinimums_Region_Group_ValidFrom",
                table: "SubsistenceMinimums",
                columns: new[] { "Region", "Group", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UrgentServiceActLines_SocialServiceId",
                table: "UrgentServiceActLines",
                column: "SocialServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_UrgentServiceActLines_UrgentServiceActId",
                table: "UrgentServiceActLines",
                column: "UrgentServiceActId");

            migrationBuilder.CreateIndex(
                name: "IX_UrgentServiceActs_CitizenId",
                table: "UrgentServiceActs",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_UrgentServiceActs_Number",
                table: "UrgentServiceActs",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UrgentServiceActs_ProviderOrganisationId",
                table: "UrgentServiceActs",
                column: "ProviderOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkEntries_AssignmentSectionId",
                table: "WorkEntries",
                column: "AssignmentSectionId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkEntries_OrganisationId_PerformedOn",
                table: "WorkEntries",
                columns: new[] { "OrganisationId", "PerformedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssignmentReportRows");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "ControlForms");

            migrationBuilder.DropTable(
                name: "DeliveredServices");

            migrationBuilder.DropTable(
                name: "ExternalInspections");

            migrationBuilder.DropTable(
                name: "FeeRules");

            migrationBuilder.DropTable(
                name: "IndicatorInputs");

            migrationBuilder.DropTable(
                name: "IndicatorPlanValues");

            migrationBuilder.DropTable(
                name: "MemberIncomes");

            migrationBuilder.DropTable(
                name: "ProgrammeLines");

            migrationBuilder.DropTable(
                name: "SatisfactionSurveys");

            migrationBuilder.DropTable(
                name: "SectionIndicators");

            migrationBuilder.DropTable(
                name: "ServiceActLines");

            migrationBuilder.DropTable(
                name: "ServiceTariffs");

            migrationBuilder.DropTable(
                name: "SubsistenceMinimums");

            migrationBuilder.DropTable(
                name: "UrgentServiceActLines");

            migrationBuilder.DropTable(
                name: "WorkEntries");

            migrationBuilder.DropTable(
                name: "AssignmentReports");

            migrationBuilder.DropTable(
                name: "HouseholdMembers");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "ServiceActs");

            migrationBuilder.DropTable(
                name: "SocialServices");

            migrationBuilder.DropTable(
                name: "UrgentServiceActs");

            migrationBuilder.DropTable(
                name: "AssignmentSections");

            migrationBuilder.DropTable(
                name: "ServiceContracts");

            migrationBuilder.DropTable(
                name: "AssignmentParts");

            migrationBuilder.DropTable(
                name: "IndividualProgrammes");

            migrationBuilder.DropTable(
                name: "StateAssignments");

            migrationBuilder.DropTable(
                name: "NeedRecognitions");

            migrationBuilder.DropTable(
                name: "ServiceApplications");
        }
    }
}
