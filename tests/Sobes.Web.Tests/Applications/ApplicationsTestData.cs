using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Domain.Applications;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Applications;

/// <summary>A regulation of the tests' own with its documents, steps, refusal grounds and measures (codes «T-…», never the real seed's).</summary>
public sealed record TestRegulation(
    int Id,
    string Code,
    int ChildMeasure,
    int FurnitureMeasure,
    int RefusalGround,
    IReadOnlyDictionary<string, int> Documents
)
{
    public int Doc(string key) => Documents[key];
}

public static class ApplicationsTestData
{
    public const string Url = "/api/v1/applications";
    /// <summary>The monthly amount per child (seed 002 cl. 4 gives its own figures; these are the tests').</summary>
    public const decimal ChildAmount2026 = 4260m;
    public const decimal FurnitureAmount = 15000m;

    /// <summary>
    /// Inserts a regulation shaped like seed 002: the application, identity document, the child's birth certificate (obtained from the ЗАГС),
    /// the residence certificate valid 30 days (cl. 10.5), a conditional study certificate, proof of absent parental care by one of two
    /// alternatives (cl. 10.1 subcl. 7); a per-child monthly measure until 18 for foster parents (category PRIEM) and a one-time furniture payment.
    /// </summary>
    /// <param name="ministryCheck">Refusals wait for the Ministry's check before they go to the applicant (seed 002 cl. 17.2).</param>
    public static async Task<TestRegulation> CreateRegulationAsync(this SobesHost host, bool ministryCheck = false)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
        var code = "T-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var regulation = new AdministrativeRegulation
        {
            Code = code,
            Name = $"Тестовый регламент {code}: материальное обеспечение приёмной семьи",
            DecisionDeadline = new(10, DurationUnit.CalendarDays),
            DecisionDeadlineClause = "п. 7.1",
            ComplaintAnswerDays = 30,
            ComplaintClause = "п. 23.9 регламента",
            RefusalCheckedByMinistry = ministryCheck,
            Documents =
            [
                new()
                {
                    Order = 1,
                    Name = "Заявление о назначении денежных средств",
                    Clause = "п. 10.1 подп. 2",
                },
                new()
                {
                    Order = 2,
                    Name = "Документ, удостоверяющий личность заявителя",
                    Clause = "п. 10.1 подп. 1",
                },
                new()
                {
                    Order = 3,
                    Name = "Свидетельство о рождении ребёнка",
                    Clause = "п. 10.1 подп. 4",
                    Source = DocumentSource.Interagency,
                    ProvidingBody = "Отдел ЗАГС",
                },
                new()
                {
                    Order = 4,
                    Name = "Справка о совместном проживании",
                    Clause = "п. 10.1 подп. 5",
                    ValidityDays = 30,
                },
                new()
                {
                    Order = 5,
                    Name = "Справка об учёбе ребёнка",
                    Clause = "п. 10.1 подп. 6",
                    Condition = "для обучающегося ребёнка",
                },
                new()
                {
                    Order = 6,
                    Name = "Свидетельство о смерти родителей",
                    Clause = "п. 10.1 подп. 7.1",
                    AlternativeGroup = "care",
                },
                new()
                {
                    Order = 7,
                    Name = "Решение суда о лишении родителей родительских прав",
                    Clause = "п. 10.1 подп. 7.2",
                    AlternativeGroup = "care",
                },
            ],
            Steps =
            [
                new()
                {
                    Order = 1,
                    Name = "Приём документов и регистрация заявления",
                    Clause = "п. 14",
                    PerformerRole = Role.Specialist,
                    Performer = "специалист",
                    MaxDuration = new(30, DurationUnit.Minutes),
                    Milestone = ProcedureMilestone.Intake,
                },
                new()
                {
                    Order = 2,
                    Name = "Формирование дела",
                    Clause = "п. 14.5",
                    PerformerRole = Role.Specialist,
                    Performer = "специалист",
                    MaxDuration = new(30, DurationUnit.Minutes),
                    Milestone = ProcedureMilestone.CaseForming,
                },
                new()
                {
                    Order = 3,
                    Name = "Контрольная проверка",
                    Clause = "п. 15",
                    PerformerRole = Role.Specialist,
                    Performer = "специалист, осуществляющий контроль",
                    MaxDuration = new(10, DurationUnit.CalendarDays),
                    Milestone = ProcedureMilestone.ControlVisa,
                },
                new()
                {
                    Order = 4,
                    Name = "Подписание решения",
                    Clause = "п. 16.2",
                    PerformerRole = Role.Head,
                    Performer = "начальник управления",
                    MaxDuration = new(1, DurationUnit.WorkingDays),
                    Milestone = ProcedureMilestone.Signature,
                },
                new()
                {
                    Order = 5,
                    Name = "Решение и его вручение",
                    Clause = "п. 7.1",
                    PerformerRole = Role.Head,
                    Performer = "начальник управления",
                    MaxDuration = new(10, DurationUnit.CalendarDays),
                    Milestone = ProcedureMilestone.Decision,
                },
                new()
                {
                    Order = 6,
                    Name = "Отказ: проверка Министерством и направление заявителю",
                    Clause = "п. 17",
                    PerformerRole = Role.Specialist,
                    Performer = "специалист",
                    MaxDuration = new(10, DurationUnit.CalendarDays),
                    Milestone = ProcedureMilestone.Refusal,
                },
                new()
                {
                    Order = 7,
                    Name = "Уведомление о размере и сроках выплаты",
                    Clause = "п. 18.1",
                    PerformerRole = Role.Specialist,
                    Performer = "специалист",
                    MaxDuration = new(10, DurationUnit.CalendarDays),
                    Milestone = ProcedureMilestone.Notice,
                },
                new()
                {
                    Order = 8,
                    Name = "Передача в выплатную базу",
                    Clause = "п. 19.1",
                    PerformerRole = Role.Specialist,
                    Performer = "специалист по назначению",
                    MaxDuration = new(30, DurationUnit.Minutes),
                    Milestone = ProcedureMilestone.Payment,
                },
            ],
            RefusalGrounds =
            [
                new()
                {
                    Code = "T-1",
                    Text = "Отсутствие права на назначение денежных средств",
                    LegalReference =
                        "подп. 1 п. 17.1 Административного регламента; ст. 3 Закона Челябинской области от 25.10.2007 № 212-ЗО",
                },
                new()
                {
                    Code = "T-2",
                    Text = "Представленные документы не отвечают требованиям законодательства",
                    LegalReference = "подп. 2 п. 17.1 Административного регламента",
                },
            ],
        };
        db.Regulations.Add(regulation);
        await db.SaveChangesAsync();
        var child = new Measure
        {
            Code = code + "-CHILD",
            Name = "Денежные средства на содержание ребёнка в приёмной семье",
            ShortName = $"Содержание ребёнка {code}",
            Kind = MeasureKind.Monthly,
            Funding = FundingLevel.Regional,
            RegulationId = regulation.Id,
            AmountRule = AmountRuleKind.PerChild,
            Eligibility = new MeasureEligibility
            {
                CategoryCodes = ["PRIEM"],
                ForChild = true,
                ChildMaxAge = 18,
            },
            StartRule = PaymentStartRule.FromApplicationMonth,
            EndRule = PaymentEndRule.UntilChildAge,
            EndAge = 18,
            CreatedAtUtc = DateTime.UtcNow,
            Amounts =
            [
                new()
                {
                    ValidFrom = new DateOnly(2025, 1, 1),
                    Value = 4000m,
                    Note = "тест",
                },
                new()
                {
                    ValidFrom = new DateOnly(2026, 1, 1),
                    Value = ChildAmount2026,
                    Note = "тест",
                },
            ],
        };
        var furniture = new Measure
        {
            Code = code + "-FURN", Name = "Денежные средства на приобретение мебели", ShortName = $"Мебель {code}",
            Kind = MeasureKind.OneTime, Funding = FundingLevel.Regional, RegulationId = regulation.Id, AmountRule = AmountRuleKind.Fixed,
            Eligibility = new MeasureEligibility { ForChild = true, ChildMaxAge = 18 },
            StartRule = PaymentStartRule.FromApplicationDate, EndRule = PaymentEndRule.Once, CreatedAtUtc = DateTime.UtcNow,
            Amounts = [new() { ValidFrom = new DateOnly(2024, 1, 1), Value = FurnitureAmount, Note = "тест" }],
        };
        db.Measures.AddRange(child, furniture);
        await db.SaveChangesAsync();
        var docs = regulation.Documents.ToDictionary(d => d.Order switch
        {
            1 => "application",
            2 => "identity",
            3 => "birth",
            4 => "residence",
            5 => "study",
            6 => "death",
            _ => "court",
        }, d => d.Id);
        return new TestRegulation(regulation.Id, code, child.Id, furniture.Id, regulation.RefusalGrounds.First().Id, docs);
    }

    /// <summary>A foster parent of the Kasli district (category PRIEM) and a child tied to them in the registry.</summary>
    public static async Task<(long Applicant, long Child)> FamilyAsync(this SobesHost host, string childBirthDate = "2015-06-01", bool foster = true,
        string territoryCode = Registry.KasliCode)
    {
        var admin = await host.LoginAsync("admin");
        var kasli = await host.TerritoryIdAsync(territoryCode);
        var parent = TestData.Citizen(kasli, name: "Анна");
        parent["sex"] = "female";
        parent["patronymic"] = "Сергеевна";
        var applicant = (await admin.PostJson("/api/v1/citizens", parent).Json(HttpStatusCode.Created)).Id();
        var kid = TestData.Citizen(kasli, name: "Мария");
        kid["birthDate"] = childBirthDate;
        kid["sex"] = "female";
        kid["patronymic"] = "Петровна";
        var child = (await admin.PostJson("/api/v1/citizens", kid).Json(HttpStatusCode.Created)).Id();
        await admin
            .PostJson($"/api/v1/citizens/{applicant}/family-ties", new { relativeId = child, relation = "child" })
            .Expect(HttpStatusCode.Created);
        if (foster)
        {
            var kinds = (await admin.GetAsync("/api/v1/reference/categories").Json()).AsArray();
            var priem = (int)kinds.Single(k => k!["code"]!.GetValue<string>() == "PRIEM")!.Id();
            await admin
                .PostJson($"/api/v1/citizens/{applicant}/categories", new { categoryKindId = priem, documentNumber = "ДПС-15" })
                .Expect(HttpStatusCode.Created);
        }
        return (applicant, child);
    }

    public static object Register(TestRegulation r, long applicant, long child, string on, bool furniture = false) =>
        new
        {
            citizenId = applicant,
            regulationId = r.Id,
            paymentMethod = "bank",
            channel = "inPerson",
            registeredOn = on,
            items = furniture
                ? new object[]
                {
                    new { measureId = r.ChildMeasure, beneficiaryCitizenId = child },
                    new { measureId = r.FurnitureMeasure, beneficiaryCitizenId = child },
                }
                : [new { measureId = r.ChildMeasure, beneficiaryCitizenId = child }],
        };

    public static async Task<JsonNode> RegisterAsync(
        this HttpClient client,
        TestRegulation r,
        long applicant,
        long child,
        string on,
        bool furniture = false
    ) => (await client.PostJson(Url, Register(r, applicant, child, on, furniture)).Json(HttpStatusCode.Created))["application"]!;

    public static Task<JsonNode> ReceiveAsync(this HttpClient client, long id, int documentId, string on, string? issuedOn = null) =>
        client
            .PostJson(
                $"{Url}/{id}/documents",
                new
                {
                    regulationDocumentId = documentId,
                    receivedOn = on,
                    issuedOn,
                    details = "серия и номер по документу",
                }
            )
            .Json(HttpStatusCode.Created);

    /// <summary>Every mandatory document received on the day (the court decision as the proof of absent parental care).</summary>
    public static async Task<JsonNode> CompleteAsync(this HttpClient client, TestRegulation r, long id, string on)
    {
        JsonNode card = null!;
        foreach (var key in new[] { "application", "identity", "birth", "court" }) card = await client.ReceiveAsync(id, r.Doc(key), on);
        return await client.ReceiveAsync(id, r.Doc("residence"), on, issuedOn: on);
    }

    /// <summary>Registered, complete, drafted as a grant of every item, endorsed: waiting for the head's signature.</summary>
    public static async Task<JsonNode> AwaitingSignatureAsync(
        this HttpClient specialist,
        TestRegulation r,
        long applicant,
        long child,
        string on,
        bool refuse = false
    )
    {
        var app = await specialist.RegisterAsync(r, applicant, child, on);
        var id = app.Id();
        var card = await specialist.CompleteAsync(r, id, on);
        var items = card["items"]!
            .AsArray()
            .Select(i =>
                refuse
                    ? (object)
                        new
                        {
                            itemId = i!.Id(),
                            outcome = "refuse",
                            refusalGroundId = r.RefusalGround,
                            refusalDetails = "нет договора о приёмной семье",
                        }
                    : new { itemId = i!.Id(), outcome = "grant" }
            )
            .ToArray();
        await specialist.PutJson($"{Url}/{id}/draft", new { items }).Expect(HttpStatusCode.OK);
        return await specialist.PostJson($"{Url}/{id}/visa", new { }).Json();
    }
}
