using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sobes.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: true),
                    UserLogin = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: true),
                    Action = table.Column<int>(type: "integer", nullable: false),
                    EntityType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CitizenId = table.Column<long>(type: "bigint", nullable: true),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Changes = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarDays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "CategoryKinds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DocumentName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CategoryKinds", x => x.Id);
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
                name: "LegalActs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalActs", x => x.Id);
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
                name: "Territories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Territories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Regulations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    LegalActId = table.Column<int>(type: "integer", nullable: true),
                    DecisionDeadline_Value = table.Column<int>(type: "integer", nullable: false),
                    DecisionDeadline_Unit = table.Column<int>(type: "integer", nullable: false),
                    DecisionDeadlineClause = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ComplaintAnswerDays = table.Column<int>(type: "integer", nullable: false),
                    ComplaintExtensionDays = table.Column<int>(type: "integer", nullable: false),
                    ComplaintClause = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InteragencyAnswerWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    RefusalCheckedByMinistry = table.Column<bool>(type: "boolean", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
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
                name: "Citizens",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Surname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Patronymic = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Sex = table.Column<int>(type: "integer", nullable: false),
                    Snils = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    IdDocType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IdDocSeries = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    IdDocNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    IdDocIssueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IdDocIssuer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    RegPostalCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    RegRegion = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RegDistrict = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RegSettlement = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RegStreet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RegHouse = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RegFlat = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ActPostalCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    ActRegion = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ActDistrict = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ActSettlement = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ActStreet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ActHouse = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ActFlat = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DeathDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PayMethod = table.Column<int>(type: "integer", nullable: true),
                    PayBik = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    PayBankName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PayAccount = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PayPostIndex = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    TerritoryId = table.Column<int>(type: "integer", nullable: false),
                    SurnameKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PatronymicKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Citizens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Citizens_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeasureParameters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    TerritoryId = table.Column<int>(type: "integer", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    LegalActId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
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
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ShortName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    TerritoryId = table.Column<int>(type: "integer", nullable: true),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    Inn = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organisations_Organisations_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Organisations_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Measures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ShortName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Funding = table.Column<int>(type: "integer", nullable: false),
                    RegulationId = table.Column<int>(type: "integer", nullable: true),
                    Eligibility_CategoryCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Eligibility_ForChild = table.Column<bool>(type: "boolean", nullable: false),
                    Eligibility_ChildMinAge = table.Column<int>(type: "integer", nullable: true),
                    Eligibility_ChildMaxAge = table.Column<int>(type: "integer", nullable: true),
                    Eligibility_IncomeLimitFactor = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    Eligibility_ResidenceInDistrict = table.Column<bool>(type: "boolean", nullable: false),
                    Eligibility_Conditions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AmountRule = table.Column<int>(type: "integer", nullable: false),
                    Formula = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    BaseParameterCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AmountDescription = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    StartRule = table.Column<int>(type: "integer", nullable: false),
                    EndRule = table.Column<int>(type: "integer", nullable: false),
                    EndAge = table.Column<int>(type: "integer", nullable: true),
                    DurationMonths = table.Column<int>(type: "integer", nullable: true),
                    StopRule = table.Column<int>(type: "integer", nullable: false),
                    PartialMonth = table.Column<int>(type: "integer", nullable: false),
                    ReportLine = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegulationId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    LegalReference = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegulationId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Clause = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Mandatory = table.Column<bool>(type: "boolean", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    ProvidingBody = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ValidityDays = table.Column<int>(type: "integer", nullable: true),
                    AlternativeGroup = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Condition = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegulationId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Clause = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PerformerRole = table.Column<int>(type: "integer", nullable: false),
                    Performer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    MaxDuration_Value = table.Column<int>(type: "integer", nullable: false),
                    MaxDuration_Unit = table.Column<int>(type: "integer", nullable: false),
                    Milestone = table.Column<int>(type: "integer", nullable: false)
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
                name: "CitizenCategories",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CitizenId = table.Column<long>(type: "bigint", nullable: false),
                    CategoryKindId = table.Column<int>(type: "integer", nullable: false),
                    DocumentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DocumentSeries = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    DocumentIssueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DocumentIssuer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CitizenCategories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CitizenCategories_CategoryKinds_CategoryKindId",
                        column: x => x.CategoryKindId,
                        principalTable: "CategoryKinds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CitizenCategories_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CitizenDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CitizenId = table.Column<long>(type: "bigint", nullable: false),
                    Type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Series = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    IssueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Issuer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CitizenDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CitizenDocuments_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FamilyTies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CitizenId = table.Column<long>(type: "bigint", nullable: false),
                    RelativeId = table.Column<long>(type: "bigint", nullable: false),
                    Relation = table.Column<int>(type: "integer", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyTies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyTies_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FamilyTies_Citizens_RelativeId",
                        column: x => x.RelativeId,
                        principalTable: "Citizens",
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
                name: "PaymentPeriods",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    LedgerStart = table.Column<DateOnly>(type: "date", nullable: false),
                    CheckpointAssignmentId = table.Column<long>(type: "bigint", nullable: true),
                    OpenedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OpenedByUserId = table.Column<int>(type: "integer", nullable: true),
                    RunStartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ComputedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ComputedByUserId = table.Column<int>(type: "integer", nullable: true),
                    HeadApprovedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HeadApprovedByUserId = table.Column<int>(type: "integer", nullable: true),
                    AccountantApprovedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AccountantApprovedByUserId = table.Column<int>(type: "integer", nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedByUserId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "Users",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Login = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FullName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Position = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Users_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeasureAmounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeasureId = table.Column<int>(type: "integer", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    LegalActId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<int>(type: "integer", nullable: true)
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
                name: "MeasureBasis",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeasureId = table.Column<int>(type: "integer", nullable: false),
                    LegalActId = table.Column<int>(type: "integer", nullable: false),
                    Article = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeasureId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Recipients = table.Column<int>(type: "integer", nullable: true),
                    Unit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Sum = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeasureId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Clause = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Automatic = table.Column<bool>(type: "boolean", nullable: false)
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
                name: "MeasureApplications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CitizenId = table.Column<long>(type: "bigint", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    RegulationId = table.Column<int>(type: "integer", nullable: false),
                    FosterContractId = table.Column<long>(type: "bigint", nullable: true),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    PaymentMethod = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DocumentsCompleteOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RegisteredByUserId = table.Column<int>(type: "integer", nullable: false),
                    IntakeStartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DocumentsCompleteAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PreparedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VisaAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SignedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DoublePaymentCheckedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DoublePaymentCheckedByUserId = table.Column<int>(type: "integer", nullable: true),
                    DoublePaymentCheckResult = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    NoticeGivenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeWay = table.Column<int>(type: "integer", nullable: true),
                    NoticeByUserId = table.Column<int>(type: "integer", nullable: true),
                    RefusalCheck = table.Column<int>(type: "integer", nullable: false),
                    RefusalCheckedByUserId = table.Column<int>(type: "integer", nullable: true),
                    RefusalCheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RefusalCheckRemark = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RefusalSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RefusalSentByUserId = table.Column<int>(type: "integer", nullable: true),
                    PreparedByUserId = table.Column<int>(type: "integer", nullable: true),
                    PreparedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    VisaByUserId = table.Column<int>(type: "integer", nullable: true),
                    VisaOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SignedByUserId = table.Column<int>(type: "integer", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ReturnNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                        name: "FK_MeasureApplications_FosterContracts_FosterContractId",
                        column: x => x.FosterContractId,
                        principalTable: "FosterContracts",
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
                name: "MeasureAssignments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CitizenId = table.Column<long>(type: "bigint", nullable: false),
                    BeneficiaryCitizenId = table.Column<long>(type: "bigint", nullable: true),
                    MeasureId = table.Column<int>(type: "integer", nullable: false),
                    ApplicationId = table.Column<long>(type: "bigint", nullable: true),
                    ApplicationItemId = table.Column<long>(type: "bigint", nullable: true),
                    FosterContractId = table.Column<long>(type: "bigint", nullable: true),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    TerritoryId = table.Column<int>(type: "integer", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SuspendedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    StoppedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    StopGroundCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    StatusReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    StatusDocument = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    StatusRegisteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaymentMethod = table.Column<int>(type: "integer", nullable: false),
                    Children = table.Column<int>(type: "integer", nullable: false),
                    ChildrenWithIncrement = table.Column<int>(type: "integer", nullable: false),
                    DocumentedSum = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                        name: "FK_MeasureAssignments_FosterContracts_FosterContractId",
                        column: x => x.FosterContractId,
                        principalTable: "FosterContracts",
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
                name: "InteragencyRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<long>(type: "bigint", nullable: false),
                    RegulationDocumentId = table.Column<int>(type: "integer", nullable: true),
                    Body = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Subject = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Answer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Confirms = table.Column<bool>(type: "boolean", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<long>(type: "bigint", nullable: false),
                    RegulationDocumentId = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Details = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ReturnedToApplicant = table.Column<bool>(type: "boolean", nullable: false)
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
                name: "Accruals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PeriodId = table.Column<long>(type: "bigint", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    AssignmentId = table.Column<long>(type: "bigint", nullable: false),
                    AssignmentNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CitizenId = table.Column<long>(type: "bigint", nullable: false),
                    RecipientName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    MeasureId = table.Column<int>(type: "integer", nullable: false),
                    Funding = table.Column<int>(type: "integer", nullable: false),
                    ForMonth = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Deduction = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ToPay = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Explanation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Method = table.Column<int>(type: "integer", nullable: true),
                    Bik = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    BankName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Account = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PostOfficeIndex = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true)
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
                name: "ApplicationItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<long>(type: "bigint", nullable: false),
                    MeasureId = table.Column<int>(type: "integer", nullable: false),
                    BeneficiaryCitizenId = table.Column<long>(type: "bigint", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    AmountBasis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: true),
                    EventDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ContractEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Children = table.Column<int>(type: "integer", nullable: false),
                    ChildrenWithIncrement = table.Column<int>(type: "integer", nullable: false),
                    DocumentedSum = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    RefusalGroundId = table.Column<int>(type: "integer", nullable: true),
                    RefusalDetails = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RefusalNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    AssignmentId = table.Column<long>(type: "bigint", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssignmentId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    OldAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    NewAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssignmentId = table.Column<long>(type: "bigint", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssignmentId = table.Column<long>(type: "bigint", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    ResumedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Document = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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

            migrationBuilder.CreateTable(
                name: "Overpayments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    CitizenId = table.Column<long>(type: "bigint", nullable: false),
                    AssignmentId = table.Column<long>(type: "bigint", nullable: false),
                    AssignmentNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MeasureId = table.Column<int>(type: "integer", nullable: false),
                    ForMonth = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Balance = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DetectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DetectedInPeriodId = table.Column<long>(type: "bigint", nullable: false)
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
                    RecommendedProviderIds = table.Column<List<int>>(type: "integer[]", nullable: false),
                    PreviousProgrammeId = table.Column<long>(type: "bigint", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true)
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
                        name: "FK_IndividualProgrammes_IndividualProgrammes_PreviousProgramme~",
                        column: x => x.PreviousProgrammeId,
                        principalTable: "IndividualProgrammes",
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

            migrationBuilder.CreateTable(
                name: "PaymentReturns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    AccrualId = table.Column<long>(type: "bigint", nullable: false),
                    PeriodId = table.Column<long>(type: "bigint", nullable: false),
                    CitizenId = table.Column<long>(type: "bigint", nullable: false),
                    AssignmentId = table.Column<long>(type: "bigint", nullable: false),
                    ForMonth = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ReturnedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RepayRequested = table.Column<bool>(type: "boolean", nullable: false),
                    RepaidInPeriodId = table.Column<long>(type: "bigint", nullable: true),
                    WrittenOffOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WriteOffReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OverpaymentId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodId = table.Column<long>(type: "bigint", nullable: true),
                    AccrualId = table.Column<long>(type: "bigint", nullable: true),
                    Document = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: true)
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
                    TerminationGround = table.Column<int>(type: "integer", nullable: true),
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
                name: "IX_AssignmentParts_StateAssignmentId_Code",
                table: "AssignmentParts",
                columns: new[] { "StateAssignmentId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentPeriods_AssignmentId_From",
                table: "AssignmentPeriods",
                columns: new[] { "AssignmentId", "From" });

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
                name: "IX_AssignmentSuspensions_AssignmentId_From",
                table: "AssignmentSuspensions",
                columns: new[] { "AssignmentId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_AtUtc",
                table: "AuditEntries",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_CitizenId_AtUtc",
                table: "AuditEntries",
                columns: new[] { "CitizenId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId_AtUtc",
                table: "AuditEntries",
                columns: new[] { "UserId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CategoryKinds_Code",
                table: "CategoryKinds",
                column: "Code",
                unique: true);

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
                name: "IX_CitizenCategories_CategoryKindId",
                table: "CitizenCategories",
                column: "CategoryKindId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenCategories_CitizenId",
                table: "CitizenCategories",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenDocuments_CitizenId",
                table: "CitizenDocuments",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_Citizens_ActSettlement_ActStreet_ActHouse",
                table: "Citizens",
                columns: new[] { "ActSettlement", "ActStreet", "ActHouse" });

            migrationBuilder.CreateIndex(
                name: "IX_Citizens_BirthDate",
                table: "Citizens",
                column: "BirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_Citizens_RegSettlement_RegStreet_RegHouse",
                table: "Citizens",
                columns: new[] { "RegSettlement", "RegStreet", "RegHouse" });

            migrationBuilder.CreateIndex(
                name: "IX_Citizens_Snils",
                table: "Citizens",
                column: "Snils",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Citizens_SurnameKey_NameKey",
                table: "Citizens",
                columns: new[] { "SurnameKey", "NameKey" })
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops", "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Citizens_TerritoryId_SurnameKey_NameKey",
                table: "Citizens",
                columns: new[] { "TerritoryId", "SurnameKey", "NameKey" })
                .Annotation("Npgsql:IndexOperators", new[] { "int4_ops", "text_pattern_ops", "text_pattern_ops" });

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
                name: "IX_FamilyTies_CitizenId_RelativeId_Relation",
                table: "FamilyTies",
                columns: new[] { "CitizenId", "RelativeId", "Relation" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FamilyTies_RelativeId",
                table: "FamilyTies",
                column: "RelativeId");

            migrationBuilder.CreateIndex(
                name: "IX_FeeRules_Region_ValidFrom",
                table: "FeeRules",
                columns: new[] { "Region", "ValidFrom" },
                unique: true);

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
                name: "IX_IndividualProgrammes_PreviousProgrammeId",
                table: "IndividualProgrammes",
                column: "PreviousProgrammeId");

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
                name: "IX_MeasureApplications_FosterContractId",
                table: "MeasureApplications",
                column: "FosterContractId");

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
                name: "IX_MeasureApplications_RefusalCheck",
                table: "MeasureApplications",
                column: "RefusalCheck");

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
                name: "IX_MeasureAssignments_FosterContractId",
                table: "MeasureAssignments",
                column: "FosterContractId");

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
                name: "IX_MeasureAssignments_OrganisationId_Id",
                table: "MeasureAssignments",
                columns: new[] { "OrganisationId", "Id" });

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
                name: "IX_Organisations_ParentId",
                table: "Organisations",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_TerritoryId",
                table: "Organisations",
                column: "TerritoryId");

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
                name: "IX_PaymentConfirmations_AccrualId",
                table: "PaymentConfirmations",
                column: "AccrualId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentConfirmations_PeriodId",
                table: "PaymentConfirmations",
                column: "PeriodId");

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

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeLines_IndividualProgrammeId",
                table: "ProgrammeLines",
                column: "IndividualProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeLines_SocialServiceId",
                table: "ProgrammeLines",
                column: "SocialServiceId");

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

            migrationBuilder.CreateIndex(
                name: "IX_SubsistenceMinimums_Region_Group_ValidFrom",
                table: "SubsistenceMinimums",
                columns: new[] { "Region", "Group", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Territories_Code",
                table: "Territories",
                column: "Code",
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
                name: "IX_Users_Login",
                table: "Users",
                column: "Login",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Users_OrganisationId",
                table: "Users",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkEntries_AssignmentSectionId",
                table: "WorkEntries",
                column: "AssignmentSectionId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkEntries_OrganisationId_PerformedOn",
                table: "WorkEntries",
                columns: new[] { "OrganisationId", "PerformedOn" });

            // The audit log is append-only (152-ФЗ traceability): the database itself refuses changes.
            migrationBuilder.Sql("CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$;");
            migrationBuilder.Sql("CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON \"AuditEntries\" FOR EACH ROW EXECUTE FUNCTION audit_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppealComplaints");

            migrationBuilder.DropTable(
                name: "ApplicationItems");

            migrationBuilder.DropTable(
                name: "AssignmentChanges");

            migrationBuilder.DropTable(
                name: "AssignmentPeriods");

            migrationBuilder.DropTable(
                name: "AssignmentReportRows");

            migrationBuilder.DropTable(
                name: "AssignmentSuspensions");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CalendarDays");

            migrationBuilder.DropTable(
                name: "ChildSchooling");

            migrationBuilder.DropTable(
                name: "CitizenCategories");

            migrationBuilder.DropTable(
                name: "CitizenDocuments");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "ControlForms");

            migrationBuilder.DropTable(
                name: "DeliveredServices");

            migrationBuilder.DropTable(
                name: "ExternalInspections");

            migrationBuilder.DropTable(
                name: "FamilyTies");

            migrationBuilder.DropTable(
                name: "FeeRules");

            migrationBuilder.DropTable(
                name: "IndicatorInputs");

            migrationBuilder.DropTable(
                name: "IndicatorPlanValues");

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
                name: "MemberIncomes");

            migrationBuilder.DropTable(
                name: "OralAppeals");

            migrationBuilder.DropTable(
                name: "PaymentConfirmations");

            migrationBuilder.DropTable(
                name: "PaymentReturns");

            migrationBuilder.DropTable(
                name: "Placements");

            migrationBuilder.DropTable(
                name: "ProgrammeLines");

            migrationBuilder.DropTable(
                name: "Recoveries");

            migrationBuilder.DropTable(
                name: "RegulationSteps");

            migrationBuilder.DropTable(
                name: "SatisfactionSurveys");

            migrationBuilder.DropTable(
                name: "SectionIndicators");

            migrationBuilder.DropTable(
                name: "ServiceActLines");

            migrationBuilder.DropTable(
                name: "ServiceTariffs");

            migrationBuilder.DropTable(
                name: "StopGrounds");

            migrationBuilder.DropTable(
                name: "SubmittedDocuments");

            migrationBuilder.DropTable(
                name: "SubsistenceMinimums");

            migrationBuilder.DropTable(
                name: "UrgentServiceActLines");

            migrationBuilder.DropTable(
                name: "Users");

            migrationBuilder.DropTable(
                name: "WorkEntries");

            migrationBuilder.DropTable(
                name: "RefusalGrounds");

            migrationBuilder.DropTable(
                name: "AssignmentReports");

            migrationBuilder.DropTable(
                name: "CategoryKinds");

            migrationBuilder.DropTable(
                name: "HouseholdMembers");

            migrationBuilder.DropTable(
                name: "ChildrenInCare");

            migrationBuilder.DropTable(
                name: "Accruals");

            migrationBuilder.DropTable(
                name: "Overpayments");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "ServiceActs");

            migrationBuilder.DropTable(
                name: "MeasureApplications");

            migrationBuilder.DropTable(
                name: "RegulationDocuments");

            migrationBuilder.DropTable(
                name: "SocialServices");

            migrationBuilder.DropTable(
                name: "UrgentServiceActs");

            migrationBuilder.DropTable(
                name: "AssignmentSections");

            migrationBuilder.DropTable(
                name: "MeasureAssignments");

            migrationBuilder.DropTable(
                name: "PaymentPeriods");

            migrationBuilder.DropTable(
                name: "ServiceContracts");

            migrationBuilder.DropTable(
                name: "AssignmentParts");

            migrationBuilder.DropTable(
                name: "FosterContracts");

            migrationBuilder.DropTable(
                name: "Measures");

            migrationBuilder.DropTable(
                name: "IndividualProgrammes");

            migrationBuilder.DropTable(
                name: "StateAssignments");

            migrationBuilder.DropTable(
                name: "Regulations");

            migrationBuilder.DropTable(
                name: "NeedRecognitions");

            migrationBuilder.DropTable(
                name: "LegalActs");

            migrationBuilder.DropTable(
                name: "ServiceApplications");

            migrationBuilder.DropTable(
                name: "Citizens");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "Territories");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_append_only();");
        }
    }
}
