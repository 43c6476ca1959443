using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Tests.Hosting;

namespace Sobes.Web.Tests.Api;

/// <summary>The database itself (triggers) refuses to change or delete audit lines, whatever the application does.</summary>
public sealed class AuditAppendOnlyTests(Hosts hosts) : WebTest(hosts)
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Raw_sql_update_and_delete_of_an_audit_line_fail(Db db)
    {
        var host = await HostAsync(db);
        using var scope = host.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
        var line = await context.AuditEntries.AsNoTracking().OrderBy(a => a.Id).FirstAsync();

        var update = await Assert.ThrowsAnyAsync<Exception>(() => context.Database.ExecuteSqlRawAsync(
            "UPDATE \"AuditEntries\" SET \"Summary\" = 'подделка' WHERE \"Id\" = {0}", line.Id));
        Assert.Contains("append-only", update.Message);
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => context.Database.ExecuteSqlRawAsync(
            "DELETE FROM \"AuditEntries\" WHERE \"Id\" = {0}", line.Id));
        Assert.Contains("append-only", delete.Message);

        var after = await context.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == line.Id);
        Assert.Equal(line.Summary, after.Summary);
    }
}
