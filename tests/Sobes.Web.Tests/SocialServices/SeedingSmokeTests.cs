using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Sobes.Domain.SocialServices;

namespace Sobes.Web.Tests.SocialServices;

[Collection(SocialServicesCollection.Name)]
public class SeedingSmokeTests(SocialServicesFixture fx)
{
    [Fact]
    public async Task Seeded_demo_quarter_exists()
    {
        await using var db = fx.NewContext();
        Assert.Equal(1, await db.StateAssignments.CountAsync());
        Assert.True(await db.DeliveredServices.CountAsync() > 500);
        Assert.True(await db.ServiceActs.CountAsync() >= 45);
    }
}
