using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry.Seed;
using Sobes.Infrastructure.Seeding;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Seeding;

/// <summary>SOBES_ADMIN_PASSWORD (SeedOptions.AdminPassword) sets the admin's password, also on an existing database.</summary>
public sealed class AdminPasswordTests : IDisposable
{
    private readonly TempSqliteDatabase _db = new("sobes-seed");

    private SobesDbContext Context() => _db.NewContext();

    private async Task<PasswordVerificationResult> VerifyAdminAsync(string password)
    {
        await using var db = Context();
        var admin = await db.Users.SingleAsync(u => u.Login == "admin");
        return new PasswordHasher<User>().VerifyHashedPassword(admin, admin.PasswordHash, password);
    }

    private async Task SeedAsync(string? adminPassword)
    {
        await TestSeeding.SeedSqliteAsync(_db.ConnectionString, new SeedOptions { Demo = false, AdminPassword = adminPassword });
    }

    [Fact]
    public async Task Default_password_then_the_configured_one_replaces_it_at_the_next_start()
    {
        await SeedAsync(null);
        Assert.NotEqual(PasswordVerificationResult.Failed, await VerifyAdminAsync(SeedOptions.DefaultAdminPassword));

        await SeedAsync("Deploy-Secret-1");
        Assert.NotEqual(PasswordVerificationResult.Failed, await VerifyAdminAsync("Deploy-Secret-1"));
        Assert.Equal(PasswordVerificationResult.Failed, await VerifyAdminAsync(SeedOptions.DefaultAdminPassword));
    }

    [Fact]
    public async Task Seeding_twice_adds_nothing_twice()
    {
        await SeedAsync(null);
        int calendarDays;
        await using (var first = Context()) calendarDays = await first.CalendarDays.CountAsync();
        await SeedAsync(null);
        await using var db = Context();
        Assert.Equal(10, await db.Users.CountAsync());
        Assert.Equal(ReferenceData.Categories().Length, await db.CategoryKinds.CountAsync());
        Assert.True(calendarDays >= Sobes.Domain.Calendar.RussianCalendarData.All.Count);
        Assert.Equal(calendarDays, await db.CalendarDays.CountAsync());
    }

    public void Dispose() => _db.Dispose();
}
