using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sobes.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RegistrySearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Citizens_SurnameKey_NameKey",
                table: "Citizens");

            migrationBuilder.DropIndex(
                name: "IX_Citizens_TerritoryId_SurnameKey_NameKey",
                table: "Citizens");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Citizens_SurnameKey_NameKey",
                table: "Citizens");

            migrationBuilder.DropIndex(
                name: "IX_Citizens_TerritoryId_SurnameKey_NameKey",
                table: "Citizens");

            migrationBuilder.CreateIndex(
                name: "IX_Citizens_SurnameKey_NameKey",
                table: "Citizens",
                columns: new[] { "SurnameKey", "NameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Citizens_TerritoryId_SurnameKey_NameKey",
                table: "Citizens",
                columns: new[] { "TerritoryId", "SurnameKey", "NameKey" });
        }
    }
}
