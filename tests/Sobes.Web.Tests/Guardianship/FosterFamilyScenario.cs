using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Domain.Applications;
using Sobes.Domain.Common;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Applications;
using Sobes.Infrastructure.Guardianship;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Tests.Measures;
using Sobes.Web.Tests.Payments;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Guardianship;

/// <summary>
/// A foster family of a test department in the Kasli district (РК 1,15; housing standard 1 650 ₽ of the demo data) with its contract and
/// children stored directly, its application made, completed, drafted from the contract, endorsed and signed through the services.
/// </summary>
public sealed class FosterFamilyScenario
{
    private FosterFamilyScenario(PaymentScenario payments, long contractId, string contractNumber, long parentId, IReadOnlyList<long> children)
    {
        Payments = payments; ContractId = contractId; ContractNumber = contractNumber; ParentId = parentId; Children = children;
    }

    public PaymentScenario Payments { get; }
    public long ContractId { get; }
    public string ContractNumber { get; }
    public long ParentId { get; }
    public IReadOnlyList<long> Children { get; }

    public sealed record Child(DateOnly BirthDate, DateOnly PlacedFrom, bool Schooled = false, DateOnly? DisabledFrom = null);

    public static async Task<FosterFamilyScenario> CreateAsync(
        Sobes.Web.Tests.Hosting.SobesHost host,
        DateOnly from,
        DateOnly to,
        params Child[] children
    )
    {
        var payments = await PaymentScenario.CreateAsync(host);
        var parent = await payments.CitizenAsync();
        var ids = new List<long>();
        foreach (var c in children) ids.Add(await AssignmentScenario.CitizenAsync(host, c.BirthDate, Registry.KasliCode, "Ребёнок"));
        long contractId = 0;
        var number = "ПС-" + Guid.NewGuid().ToString("N")[..6];
        await payments.WithDbAsync(async db =>
        {
            var contract = new FosterContract
            {
                Number = number, ConcludedOn = from, OrganisationId = payments.OrganisationId, GuardianshipBody = "орган опеки",
                FosterParentCitizenId = parent, From = from, To = to, Version = 1,
            };
            for (var i = 0; i < children.Length; i++)
            {
                var child = new ChildInCare
                {
                    CitizenId = ids[i],
                    OrganisationId = payments.OrganisationId,
                    RegisteredOn = from,
                    CareAbsenceKind = CareAbsenceKind.CourtDecisionOnParents,
                    CareAbsenceDocument = "решение суда",
                    DisabledFrom = children[i].DisabledFrom,
                    Version = 1,
                };
                if (children[i].Schooled)
                    child.Schooling.Add(
                        new Schooling
                        {
                            School = "МОУ СОШ № 1",
                            Ownership = SchoolOwnership.Municipal,
                            From = children[i].BirthDate.AddYears(7),
                        }
                    );
                contract.Placements.Add(new Placement { Child = child, Kind = PlacementKind.FosterFamily, From = children[i].PlacedFrom });
            }
            db.FosterContracts.Add(contract);
            await db.SaveChangesAsync();
            contractId = contract.Id;
        });
        return new FosterFamilyScenario(payments, contractId, number, parent, ids);
    }

    /// <summary>Seed 002 cl. 14–16: the application from the contract, every mandatory document, the draft from the contract, visa,
    /// signature.</summary>
    public async Task<long> ApplyAndSignAsync()
    {
        var p = Payments;
        var app = await p.WithServiceAsync<FosterApplications, RegisterResult>(s =>
            s.ApplyAsync(p.Specialist, ContractId, new FosterApplyInput { PaymentMethod = PaymentMethod.Bank })
        );
        var id = app.Application.Id;
        var documents = await p.WithServiceAsync<ApplicationReading, List<RegulationDocument>>(async s =>
            (await s.GetAsync(p.Specialist, id)).Regulation.Documents.Where(d => d.Mandatory).ToList());
        var groups = new HashSet<string>();
        foreach (var d in documents.OrderBy(d => d.Order))
        {
            if (d.AlternativeGroup is { } g && !groups.Add(g)) continue;
            await p.WithServiceAsync<ApplicationDocuments, SubmittedDocument>(s => s.ReceiveDocumentAsync(p.Specialist, id,
                new ReceiveDocumentInput { RegulationDocumentId = d.Id, IssuedOn = DateOnly.FromDateTime(DateTime.Today), Details = "предъявлен" }));
        }
        await p.WithServiceAsync<FosterApplications, bool>(async s => { await s.DraftAsync(p.Specialist, id, null); return true; });
        await p.WithServiceAsync<DecisionSigning, bool>(async s => { await s.VisaAsync(p.Specialist, id, new StepInput()); return true; });
        await p.WithServiceAsync<DecisionSigning, bool>(async s => { await s.SignAsync(p.Head, id, new StepInput()); return true; });
        return id;
    }

    /// <summary>Registers, as the guardianship card does, that a child left the family on <paramref name="on"/> on a ground of cl. 8.1.</summary>
    public async Task LeaveAsync(long childCitizenId, DateOnly on, string groundCode, string reason)
    {
        using var scope = Payments.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
        var contract = await db
            .FosterContracts.Include(f => f.Placements)
                .ThenInclude(x => x.Child!)
                    .ThenInclude(c => c.Schooling)
            .SingleAsync(f => f.Id == ContractId);
        var placement = contract.Placements.Single(x => x.Child!.CitizenId == childCitizenId);
        placement.LeftOn = on;
        placement.LeftGroundCode = groundCode;
        placement.LeftReason = reason;
        placement.LeftRegisteredOn = scope.ServiceProvider.GetRequiredService<RegionClock>().Today;
        await scope.ServiceProvider.GetRequiredService<FosterPayments>().SyncAsync(Payments.Specialist, contract, on, reason);
        await db.SaveChangesAsync();
    }
}
