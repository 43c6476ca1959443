namespace Sobes.Web.Tests.Hosting;

public enum Db { Sqlite, Postgres }

/// <summary>
/// The databases every integration test runs on. SQLite always; PostgreSQL only when SOBES_TEST_PG is set
/// (or SOBES_REQUIRE_PG=1, in which case a missing server makes the PostgreSQL cases fail, never skip).
/// </summary>
public sealed class AllDatabases : TheoryData<Db>
{
    public AllDatabases()
    {
        Add(Db.Sqlite);
        if (PostgresTestDatabase.Requested) Add(Db.Postgres);
    }
}
