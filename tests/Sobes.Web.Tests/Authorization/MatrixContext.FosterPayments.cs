using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Domain.Guardianship;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Tests.Applications;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Authorization;

/// <summary>Foster families of the Kasli department for the probes: each write probe gets a fresh contract with one child.</summary>
public sealed partial class MatrixContext
{
    private Task<long>? _readableFamily;
    // The application is registered today (the contract's documents are current), so the documents are received today too.
    private static string FosterDay => DateTime.Today.ToString("yyyy-MM-dd");

    public Task<long> ReadableFamilyAsync() => _readableFamily ??= FosterContractAsync();

    /// <summary>A contract of the Kasli department (from 01.01.2026 for three years) with one child of the registry placed on its first
    /// day.</summary>
    public async Task<long> FosterContractAsync()
    {
        var (parent, child) = await Host.FamilyAsync();
        using var scope = Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
        var org = await db.Users.Where(u => u.Login == "specialist").Select(u => u.OrganisationId).SingleAsync();
        var contract = new FosterContract
        {
            Number = "М-" + Guid.NewGuid().ToString("N")[..8],
            ConcludedOn = new(2026, 1, 1),
            OrganisationId = org,
            GuardianshipBody = "орган опеки",
            FosterParentCitizenId = parent,
            From = new(2026, 1, 1),
            To = new(2028, 12, 31),
            Version = 1,
            Placements =
            [
                new Placement
                {
                    Kind = PlacementKind.FosterFamily,
                    From = new(2026, 1, 1),
                    Child = new ChildInCare
                    {
                        CitizenId = child,
                        OrganisationId = org,
                        RegisteredOn = new(2025, 12, 1),
                        CareAbsenceKind = CareAbsenceKind.ParentsDeathCertificates,
                        CareAbsenceDocument = "свидетельства",
                        Version = 1,
                    },
                },
            ],
        };
        db.FosterContracts.Add(contract);
        await db.SaveChangesAsync();
        return contract.Id;
    }

    /// <summary>A fresh family's application registered from its contract by the Kasli specialist with every mandatory document received.</summary>
    public async Task<long> CompleteFosterApplicationAsync()
    {
        var specialist = await ClientAsync("specialist");
        var id = (
            await specialist
                .PostJson($"/api/v1/guardianship/contracts/{await FosterContractAsync()}/applications", new { paymentMethod = "bank" })
                .Json(HttpStatusCode.Created)
        ).Id();
        var card = await specialist.GetAsync($"{ApplicationsUrl}/{id}").Json();
        var groups = new HashSet<string>();
        foreach (var row in card["checklist"]!.AsArray())
        {
            if (!row!["required"]!.GetValue<bool>()) continue;
            if (row["alternativeGroup"]?.GetValue<string>() is { } g && !groups.Add(g)) continue;
            await specialist.ReceiveAsync(id, row["regulationDocumentId"]!.GetValue<int>(), FosterDay, issuedOn: FosterDay);
        }
        return id;
    }
}
