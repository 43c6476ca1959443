using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;
using static Sobes.Web.Tests.Guardianship.GuardianshipData;

namespace Sobes.Web.Tests.Guardianship;

/// <summary>The guardianship register of seed 002 through the API: children in care, foster contracts, a child's leaving, the contract's
/// end, scope.</summary>
public sealed class GuardianshipRegisterTests(Hosts hosts) : WebTest(hosts)
{
    private static readonly string[] Kinds =
    [
        "parentsDeathCertificates", "courtDecisionOnParents", "foundChildDocument", "parentsConsentToAdoption",
        "parentsInCustody", "medicalReportOnParents", "courtFactOfAbandonment", "parentsWanted",
    ];

    [Clause("002", "10.1.7")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_child_is_registered_with_each_of_the_eight_documents_of_cl_10_1_subcl_7(Db db)
    {
        var host = await HostAsync(db);
        var varna = await host.LoginAsync("varna");
        for (var i = 0; i < Kinds.Length; i++)
        {
            var citizen = await CitizenAsync(host, new DateOnly(2012, 1, 1).AddDays(i * 40), Registry.VarnaCode);
            var id = (await varna.PostJson($"{Url}/children", ChildBody(citizen, Kinds[i])).Json(HttpStatusCode.Created)).Id();
            var card = await GetChildAsync(host, id, "varna");
            Assert.Equal(Kinds[i], card["careAbsenceKind"]!.GetValue<string>());
            Assert.Equal($"п. 10.1 подп. 7, вид {i + 1}", card["careAbsenceClause"]!.GetValue<string>());
            Assert.Equal("notPlaced", card["status"]!.GetValue<string>());
        }
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_child_is_registered_once_in_the_region_and_must_be_under_eighteen(Db db)
    {
        var host = await HostAsync(db);
        var varna = await host.LoginAsync("varna");
        var adult = await CitizenAsync(host, new DateOnly(2000, 1, 1), Registry.VarnaCode);
        var e = await varna.PostJson($"{Url}/children", ChildBody(adult)).Problem(HttpStatusCode.BadRequest);
        Assert.Contains("18 лет", e["errors"]!["citizenId"]![0]!.GetValue<string>());

        // Registered by Kasli, then the family moved to Varna: Varna is told where the record is kept.
        var citizen = await CitizenAsync(host, new DateOnly(2014, 2, 2), Registry.KasliCode);
        await (await host.LoginAsync("specialist")).PostJson($"{Url}/children", ChildBody(citizen)).Expect(HttpStatusCode.Created);
        var varnaTerritory = await host.TerritoryIdAsync(Registry.VarnaCode);
        using (var scope = host.Services.CreateScope())
        {
            var data = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
            var person = await data.Citizens.SingleAsync(c => c.Id == citizen);
            person.TerritoryId = varnaTerritory;
            await data.SaveChangesAsync();
        }
        var conflict = await varna.PostJson($"{Url}/children", ChildBody(citizen)).Problem(HttpStatusCode.Conflict);
        Assert.Contains("Каслинского", (conflict["detail"] ?? conflict["title"])!.GetValue<string>());
    }

    [Clause("002", "8.1.1")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_contract_places_three_children_closes_their_institution_stay_and_makes_the_parent_a_foster_parent(Db db)
    {
        var host = await HostAsync(db);
        var varna = await host.LoginAsync("varna");
        var kids = new[]
        {
            await ChildAsync(host, "varna", new DateOnly(2024, 8, 15)),
            await ChildAsync(host, "varna", new DateOnly(2013, 5, 4)),
            await ChildAsync(host, "varna", new DateOnly(2008, 12, 10)),
        };
        await varna
            .PostJson(
                $"{Url}/children/{kids[0]}/placements",
                new
                {
                    kind = "institution",
                    details = "ГКУ «Центр помощи детям» г. Челябинск",
                    from = "2025-02-10",
                }
            )
            .Expect(HttpStatusCode.Created);
        var parent = await ParentAsync(host, "varna");
        var created = await varna.PostJson($"{Url}/contracts", new
        {
            number = Number(), concludedOn = "2025-06-01", fosterParentCitizenId = parent, from = "2025-06-01", to = "2030-05-31",
            children = kids.Select(k => new { childInCareId = k, placedFrom = "2025-06-01" }).ToArray(),
        }).Json(HttpStatusCode.Created);
        Assert.StartsWith("Управление социальной защиты населения администрации Варненского", created["guardianshipBody"]!.GetValue<string>());

        var card = await GetContractAsync(host, created.Id(), "varna");
        var children = card["children"]!.AsArray();
        Assert.Equal(3, children.Count);
        Assert.All(children, c => Assert.True(c!["inFamily"]!.GetValue<bool>()));
        // The eldest leaves the family by law the day before the 18th birthday (cl. 8.1 subcl. 1).
        Assert.Equal("2026-12-09", children.Single(c => c!["childInCareId"]!.GetValue<long>() == kids[2])!["lastDay"]!.GetValue<string>());

        var child = await GetChildAsync(host, kids[0], "varna");
        Assert.Equal("fosterFamily", child["status"]!.GetValue<string>());
        var stay = child["placements"]!.AsArray().Single(p => p!["kind"]!.GetValue<string>() == "institution")!;
        Assert.Equal("2025-06-01", stay["leftOn"]!.GetValue<string>());
        Assert.Contains("передан в приёмную семью по договору №", stay["leftReason"]!.GetValue<string>());

        var person = await (await host.LoginAsync("admin")).GetAsync($"/api/v1/citizens/{parent}").Json();
        Assert.Contains(person["categories"]!.AsArray(), c => c!["code"]!.GetValue<string>() == "PRIEM");
    }

    [Clause("002", "14.2.3")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_same_child_cannot_be_placed_in_a_second_family_seed_002_cl_14_2_subcl_3(Db db)
    {
        var host = await HostAsync(db);
        var (_, kids) = await ContractAsync(host, "varna");
        var varna = await host.LoginAsync("varna");
        var e = await varna.PostJson($"{Url}/contracts", ContractBody(await ParentAsync(host, "varna"), kids, from: "2025-09-01"))
            .Problem(HttpStatusCode.BadRequest);
        Assert.Contains("Ребёнок уже передан", e["errors"]!["children[0].placedFrom"]![0]!.GetValue<string>());
        // Adding the child to another existing family is refused as well.
        var (other, _) = await ContractAsync(host, "varna");
        await varna
            .PostJson($"{Url}/contracts/{other}/children", new { childInCareId = kids[0], placedFrom = "2025-09-01" })
            .Problem(HttpStatusCode.BadRequest);
    }

    [Clause("002", "8.1.2")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_child_who_leaves_for_state_care_is_placed_in_the_institution_from_the_event_day_seed_002_cl_8_1_subcl_2(Db db)
    {
        var host = await HostAsync(db);
        var (contract, kids) = await ContractAsync(host, "varna", children: 2);
        var varna = await host.LoginAsync("varna");
        var version = (await GetContractAsync(host, contract, "varna"))["version"]!.GetValue<int>();
        var after = await varna.PostJson($"{Url}/contracts/{contract}/leave", new
        {
            childInCareId = kids[0], groundCode = "STATE-CARE", eventDate = "2025-10-15", document = "Приказ о зачислении № 77 от 15.10.2025",
            institution = "ГКУ «Центр помощи детям, оставшимся без попечения родителей» г. Челябинск", version,
        }).Json();
        var left = after["placements"]!.AsArray().Single(p => p!["childInCareId"]!.GetValue<long>() == kids[0])!;
        Assert.Equal("2025-10-15", left["leftOn"]!.GetValue<string>());
        Assert.Contains("п. 8.1 подп. 2", left["leftReason"]!.GetValue<string>());
        Assert.Null(after["placements"]!.AsArray().Single(p => p!["childInCareId"]!.GetValue<long>() == kids[1])!["leftOn"]);

        var child = await GetChildAsync(host, kids[0], "varna");
        Assert.Equal("institution", child["status"]!.GetValue<string>());
        var stay = child["placements"]!.AsArray().First()!;
        Assert.Equal("institution", stay["kind"]!.GetValue<string>());
        Assert.Equal("2025-10-15", stay["from"]!.GetValue<string>());
        // The version read before the change is stale now.
        await varna
            .PostJson(
                $"{Url}/contracts/{contract}/leave",
                new
                {
                    childInCareId = kids[1],
                    groundCode = "ADOPTION",
                    eventDate = "2025-11-01",
                    document = "Решение",
                    version,
                }
            )
            .Problem(HttpStatusCode.Conflict);
    }

    [Clause("002", "8.1.11")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Ending_the_contract_for_false_information_ends_every_placement_seed_002_cl_8_1_subcl_11(Db db)
    {
        var host = await HostAsync(db);
        var (contract, kids) = await ContractAsync(host, "varna", children: 3);
        var varna = await host.LoginAsync("varna");
        var grounds = await varna.GetAsync($"{Url}/grounds").Json();
        Assert.Contains(grounds["contract"]!.AsArray(), g =>
            g!["code"]!.GetValue<string>() == "FALSE-INFO" && g["clause"]!.GetValue<string>() == "п. 8.1 подп. 11"
        );
        var ended = await varna.PostJson($"{Url}/contracts/{contract}/end",
            new { groundCode = "FALSE-INFO", eventDate = "2025-08-01", document = "Акт проверки № 12 от 31.07.2025" }).Json();
        Assert.Equal("2025-08-01", ended["endedFrom"]!.GetValue<string>());
        Assert.All(ended["placements"]!.AsArray(), p => Assert.Equal("2025-08-01", p!["leftOn"]!.GetValue<string>()));
        var list = (await varna.GetAsync($"{Url}/contracts?active=false").Json()).AsArray();
        Assert.Contains(list, c => c!.Id() == contract);
        foreach (var k in kids)
        {
            // Still on the register as a child in care, with no placement now.
            var child = await GetChildAsync(host, k, "varna");
            Assert.Equal("notPlaced", child["status"]!.GetValue<string>());
        }
        await varna.PostJson($"{Url}/contracts/{contract}/end", new { groundCode = "MOVED-OUT", eventDate = "2025-09-01", document = "Справка" })
            .Problem(HttpStatusCode.Conflict);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Varna_does_not_see_Kasli_children_and_Kasli_cannot_change_a_Varna_contract(Db db)
    {
        var host = await HostAsync(db);
        var kasliChild = await ChildAsync(host, "specialist");
        var varna = await host.LoginAsync("varna");
        await varna.GetAsync($"{Url}/children/{kasliChild}").Problem(HttpStatusCode.NotFound);
        await varna
            .PutJson($"{Url}/children/{kasliChild}", new { careAbsenceKind = "parentsWanted", careAbsenceDocument = "x" })
            .Problem(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await varna.GetAsync($"{Url}/children").Json()).AsArray(), c => c!.Id() == kasliChild);

        var (contract, kids) = await ContractAsync(host, "varna");
        var kasli = await host.LoginAsync("specialist");
        await kasli.GetAsync($"{Url}/contracts/{contract}").Problem(HttpStatusCode.NotFound);
        await kasli.PostJson($"{Url}/contracts/{contract}/end", new { groundCode = "MOVED-OUT", eventDate = "2025-09-01", document = "Справка" })
            .Problem(HttpStatusCode.NotFound);
        await kasli
            .PostJson(
                $"{Url}/contracts/{contract}/leave",
                new
                {
                    childInCareId = kids[0],
                    groundCode = "ADOPTION",
                    eventDate = "2025-09-01",
                    document = "Решение",
                }
            )
            .Problem(HttpStatusCode.NotFound);
        await kasli.PostJson($"{Url}/contracts/{contract}/children", new { childInCareId = kasliChild, placedFrom = "2025-09-01" })
            .Problem(HttpStatusCode.NotFound);
        Assert.Null((await GetContractAsync(host, contract, "varna"))["endedFrom"]);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Invalid_input_changes_nothing(Db db)
    {
        var host = await HostAsync(db);
        var varna = await host.LoginAsync("varna");
        var good = await ChildAsync(host, "varna");
        var young = await ChildAsync(host, "varna");
        var number = Number();
        var e = await varna
            .PostJson(
                $"{Url}/contracts",
                new
                {
                    number,
                    concludedOn = "2025-01-01",
                    fosterParentCitizenId = await ParentAsync(host, "varna"),
                    from = "2025-01-01",
                    to = "2030-01-01",
                    children = new object[]
                    {
                        new { childInCareId = good, placedFrom = "2025-01-01" },
                        new { childInCareId = young, placedFrom = "2024-12-01" },
                    },
                }
            )
            .Problem(HttpStatusCode.BadRequest);
        Assert.Contains("раньше начала срока договора", e["errors"]!["children[1].placedFrom"]![0]!.GetValue<string>());
        Assert.Equal("notPlaced", (await GetChildAsync(host, good, "varna"))["status"]!.GetValue<string>());
        Assert.DoesNotContain((await varna.GetAsync($"{Url}/contracts").Json()).AsArray(), c => c!["number"]!.GetValue<string>() == number);

        var bad = await varna
            .PostJson(
                $"{Url}/contracts",
                new
                {
                    number = "",
                    concludedOn = "2099-01-01",
                    fosterParentCitizenId = 0,
                    from = "2025-01-01",
                    to = "2024-01-01",
                }
            )
            .Problem(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "number", "concludedOn", "to", "fosterParentCitizenId", "children" }) Assert.NotNull(bad["errors"]![field]);

        var (contract, kids) = await ContractAsync(host, "varna");
        var before = await GetContractAsync(host, contract, "varna");
        await varna
            .PostJson(
                $"{Url}/contracts/{contract}/leave",
                new
                {
                    childInCareId = kids[0],
                    groundCode = "STATE-CARE",
                    eventDate = "2099-01-01",
                    document = "",
                }
            )
            .Problem(HttpStatusCode.BadRequest);
        await varna.PostJson($"{Url}/contracts/{contract}/end", new { groundCode = "NOPE", eventDate = "2025-05-01", document = "Акт" })
            .Problem(HttpStatusCode.BadRequest);
        var after = await GetContractAsync(host, contract, "varna");
        Assert.Equal(before["version"]!.GetValue<int>(), after["version"]!.GetValue<int>());
        Assert.Null(after["placements"]![0]!["leftOn"]);
        Assert.Null(after["endedFrom"]);
    }
}

public sealed class GuardianshipEighteenTests(Hosts hosts) : WebTest(hosts)
{
    /// <summary>Seed 002 cl. 8.1 subcl. 1: nobody registers the 18th birthday; the history shows it computed and the child is no longer in
    /// the family.</summary>
    [Clause("002", "8.1.1")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_eighteenth_birthday_ends_the_family_stay_by_itself_seed_002_cl_8_1_subcl_1(Db db)
    {
        var host = await HostAsync(db);
        var (contract, kids) = await ContractAsync(host, "varna");
        var citizen = (await GetChildAsync(host, kids[0], "varna"))["citizenId"]!.GetValue<long>();
        // The child was registered at 9; the registry's birth date is corrected: 18 on 01.06.2026.
        using (var scope = host.Services.CreateScope())
        {
            var data = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
            (await data.Citizens.SingleAsync(c => c.Id == citizen)).BirthDate = new DateOnly(2008, 6, 1);
            await data.SaveChangesAsync();
        }
        var child = await GetChildAsync(host, kids[0], "varna");
        var stay = child["placements"]!.AsArray().Single(p => p!["kind"]!.GetValue<string>() == "fosterFamily")!;
        Assert.Equal("2026-06-01", stay["leftOn"]!.GetValue<string>());
        Assert.Equal("выбыл(а) по достижении 18 лет (п. 8.1 подп. 1)", stay["leftReason"]!.GetValue<string>());
        Assert.Equal("notPlaced", child["status"]!.GetValue<string>());
        var row = (await GetContractAsync(host, contract, "varna"))["children"]![0]!;
        Assert.False(row["inFamily"]!.GetValue<bool>());
        Assert.Equal("2026-05-31", row["lastDay"]!.GetValue<string>());
    }
}
