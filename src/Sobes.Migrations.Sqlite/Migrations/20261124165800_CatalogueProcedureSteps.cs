using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sobes.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueProcedureSteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A catalogue seeded before the FosterFamilies migration gets what measures.json now says (seed 002 cl. 17.2 and section III);
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
            // The flags and milestones stay: the columns themselves go with FosterFamilies.
        }
    }
}
