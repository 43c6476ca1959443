using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sobes.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: true),
                    UserLogin = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CitizenId = table.Column<long>(type: "INTEGER", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarDays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "CategoryKinds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DocumentName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CategoryKinds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Territories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Territories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Citizens",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Surname = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Patronymic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sex = table.Column<int>(type: "INTEGER", nullable: false),
                    Snils = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    IdDocType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IdDocSeries = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    IdDocNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    IdDocIssueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IdDocIssuer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RegPostalCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    RegRegion = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RegDistrict = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RegSettlement = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RegStreet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RegHouse = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RegFlat = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ActPostalCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    ActRegion = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ActDistrict = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ActSettlement = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ActStreet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ActHouse = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ActFlat = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DeathDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PayMethod = table.Column<int>(type: "INTEGER", nullable: true),
                    PayBik = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    PayBankName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PayAccount = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PayPostIndex = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    TerritoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    SurnameKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PatronymicKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    TerritoryId = table.Column<int>(type: "INTEGER", nullable: true),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Inn = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
                name: "CitizenCategories",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CitizenId = table.Column<long>(type: "INTEGER", nullable: false),
                    CategoryKindId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DocumentSeries = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    DocumentIssueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DocumentIssuer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CitizenId = table.Column<long>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CitizenId = table.Column<long>(type: "INTEGER", nullable: false),
                    RelativeId = table.Column<long>(type: "INTEGER", nullable: false),
                    Relation = table.Column<int>(type: "INTEGER", nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
                name: "Users",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Login = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
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
                columns: new[] { "SurnameKey", "NameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Citizens_TerritoryId_SurnameKey_NameKey",
                table: "Citizens",
                columns: new[] { "TerritoryId", "SurnameKey", "NameKey" });

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
                name: "IX_Organisations_ParentId",
                table: "Organisations",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_TerritoryId",
                table: "Organisations",
                column: "TerritoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Territories_Code",
                table: "Territories",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Users_Login",
                table: "Users",
                column: "Login",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Users_OrganisationId",
                table: "Users",
                column: "OrganisationId");

            // The audit log is append-only (152-ФЗ traceability): the database itself refuses changes.
            migrationBuilder.Sql("CREATE TRIGGER AuditEntries_no_update BEFORE UPDATE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER AuditEntries_no_delete BEFORE DELETE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CalendarDays");

            migrationBuilder.DropTable(
                name: "CitizenCategories");

            migrationBuilder.DropTable(
                name: "CitizenDocuments");

            migrationBuilder.DropTable(
                name: "FamilyTies");

            migrationBuilder.DropTable(
                name: "Users");

            migrationBuilder.DropTable(
                name: "CategoryKinds");

            migrationBuilder.DropTable(
                name: "Citizens");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "Territories");
        }
    }
}
