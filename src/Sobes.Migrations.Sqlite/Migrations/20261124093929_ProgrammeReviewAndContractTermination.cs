using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sobes.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeReviewAndContractTermination : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TerminationGround",
                table: "ServiceContracts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "IndividualProgrammes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PreviousProgrammeId",
                table: "IndividualProgrammes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndividualProgrammes_PreviousProgrammeId",
                table: "IndividualProgrammes",
                column: "PreviousProgrammeId");

            migrationBuilder.AddForeignKey(
                name: "FK_IndividualProgrammes_IndividualProgrammes_PreviousProgrammeId",
                table: "IndividualProgrammes",
                column: "PreviousProgrammeId",
                principalTable: "IndividualProgrammes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_IndividualProgrammes_IndividualProgrammes_PreviousProgrammeId",
                table: "IndividualProgrammes");

            migrationBuilder.DropIndex(
                name: "IX_IndividualProgrammes_PreviousProgrammeId",
                table: "IndividualProgrammes");

            migrationBuilder.DropColumn(
                name: "TerminationGround",
                table: "ServiceContracts");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "IndividualProgrammes");

            migrationBuilder.DropColumn(
                name: "PreviousProgrammeId",
                table: "IndividualProgrammes");
        }
    }
}
