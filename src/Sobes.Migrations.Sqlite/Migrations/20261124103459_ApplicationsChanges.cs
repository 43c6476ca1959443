using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sobes.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ApplicationsChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RefusalNumber",
                table: "ApplicationItems",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationItems_RefusalNumber",
                table: "ApplicationItems",
                column: "RefusalNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ApplicationItems_RefusalNumber",
                table: "ApplicationItems");

            migrationBuilder.DropColumn(
                name: "RefusalNumber",
                table: "ApplicationItems");
        }
    }
}
