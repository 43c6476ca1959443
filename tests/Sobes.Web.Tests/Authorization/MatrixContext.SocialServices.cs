using System.Net;
using System.Text.Json.Nodes;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Authorization;

/// <summary>
/// Records of the social services module for the probes. Most of them belong to an organisation (the provider, the assignment's holder),
/// so each organisation of the seeded users gets its own: a state assignment, a report, a recipient with a contract, a signed act.
/// They live outside the demo's figures: the assignment is imported for 2040–2042, the recipient's path runs in 2024.
/// </summary>
public sealed partial class MatrixContext
{
    public const string Social = "/api/v1/social-services";

    /// <summary>Dates of the matrix's own recipients: an application in March 2024, contracts from April, services in the months below.</summary>
    public static readonly DateOnly ApplicationDay = new(2024, 3, 4);
    public static readonly DateOnly ContractStart = new(2024, 4, 1);
    /// <summary>The day of the urgent services the probes record.</summary>
    public static readonly DateOnly UrgentDay = new(2024, 5, 20);
    /// <summary>The month of the signed act every organisation reads.</summary>
    public const int ReadActMonth = 6;
    /// <summary>Services recorded and deleted, and acts drawn up (never signed) by the probes.</summary>
    public const int RecordMonth = 8;
    /// <summary>Acts drawn up to be signed by the probes.</summary>
    public const int SignMonth = 9;
    /// <summary>The year of each organisation's own copy of assignment № 148045 (2038–2042 with its reporting years).</summary>
    public const int AssignmentYear = 2040;

    public sealed record Fixture(
        int AssignmentId,
        int IndicatorId,
        int WorkSectionId,
        long ApplicationId,
        long ContractId,
        long ActId,
        long ReportId
    );

    /// <summary>A recipient's path: the application, the contract and the recipient's personal file.</summary>
    public sealed record Recipient(long Application, long Contract, long Citizen);

    private readonly Dictionary<Workplace, Task<Fixture>> _fixtures = [];
    private readonly Dictionary<int, HashSet<(string Part, int Year, int? Quarter)>> _reportsTaken = [];
    private readonly Dictionary<string, HttpClient> _clients = [];
    private int? _homeServiceId, _urgentServiceId, _matrixServiceId;
    private int _nextImportYear = 2050;
    private int _nextMinimumDay;

    /// <summary>
    /// The seeded user whose organisation's records a probe uses: the principal itself when it may write there,
    /// otherwise a writer of the same organisation, so the request is one that would succeed were the principal allowed (anonymous: the
    /// administrator's).
    /// </summary>
    public static string WriterFor(string? login) =>
        login switch
        {
            null or "inspector" => "admin",
            "accountant" or "auditor" => "specialist",
            _ => login,
        };

    /// <summary>The only provider of social services among the seeded users (the Kasli centre's specialist): contracts, services and acts
    /// are its.</summary>
    public const string Provider = "kcson";

    public async Task<HttpClient> ClientAsync(string login)
    {
        if (!_clients.TryGetValue(login, out var client)) _clients[login] = client = await Host.LoginAsync(login);
        return client;
    }

    /// <summary>The records of the principal's organisation (the ministry's for anonymous).</summary>
    public Task<Fixture> FixtureAsync(string? login)
    {
        var writer = WriterFor(login);
        var workplace = Probe.WorkplaceOf[writer];
        if (!_fixtures.TryGetValue(workplace, out var fixture)) _fixtures[workplace] = fixture = CreateFixtureAsync(writer);
        return fixture;
    }

    private async Task<Fixture> CreateFixtureAsync(string writer)
    {
        var client = await ClientAsync(writer);
        var assignmentId = await AssignmentAsync(client);
        var assignment = await client.GetAsync($"{Social}/assignments/{assignmentId}").Json();
        var indicatorId = (int)assignment["indicators"]!.AsArray().First()!.Id();
        var workSectionId = (int)assignment["parts"]!.AsArray().SelectMany(p => p!["sections"]!.AsArray())
            .First(s => s!["kind"]!.GetValue<string>() == "work")!.Id();
        // Only a provider concludes contracts and draws up acts: every organisation's fixture has a recipient of the Kasli centre.
        var recipient = await NewContractAsync(Provider);
        var actId = await NewActAsync(Provider, recipient, ReadActMonth);
        await (await ClientAsync(Provider)).PostJson($"{Social}/acts/{actId}/sign", new { }).Expect(HttpStatusCode.OK);
        return new(
            assignmentId,
            indicatorId,
            workSectionId,
            recipient.Application,
            recipient.Contract,
            actId,
            await NewReportAsync(writer, assignmentId)
        );
    }

    /// <summary>The organisation's copy of № 148045 for <see cref="AssignmentYear"/>, imported on first use (another test may have imported
    /// it).</summary>
    private static async Task<int> AssignmentAsync(HttpClient client)
    {
        var organisation = (await client.GetAsync("/api/v1/auth/me").Json())["organisationId"]!.GetValue<int>();
        var existing = (await client.GetAsync($"{Social}/assignments").Json()).AsArray()
            .FirstOrDefault(a => a!["organisationId"]?.GetValue<int>() == organisation && a["financialYear"]!.GetValue<int>() == AssignmentYear
                                 && a["number"]!.GetValue<string>() == "148045");
        if (existing is not null) return (int)existing.Id();
        return (int)(await client.PostJson($"{Social}/assignments/import", new { financialYear = AssignmentYear }).Json(HttpStatusCode.Created)).Id();
    }

    /// <summary>A financial year no organisation has imported № 148045 for yet.</summary>
    public int NextImportYear() => _nextImportYear++;

    /// <summary>A date far ahead on which no subsistence minimum is set yet, so a new one changes no fee of the demo.</summary>
    public DateOnly NextMinimumDate() => new DateOnly(2090, 1, 1).AddDays(_nextMinimumDay++);

    public async Task<int> HomeServiceIdAsync() => _homeServiceId ??= await CatalogueIdAsync(s => s["code"]!.GetValue<string>() == "1.1.1");

    public async Task<int> UrgentServiceIdAsync() => _urgentServiceId ??= await CatalogueIdAsync(s => s["form"]!.GetValue<string>() == "urgent");

    private async Task<int> CatalogueIdAsync(Func<JsonNode, bool> match) =>
        (int)(await Admin.GetAsync($"{Social}/catalogue").Json()).AsArray().First(s => match(s!))!.Id();

    /// <summary>A service of the matrix's own, so the tariffs the probes set price nothing else.</summary>
    public async Task<int> MatrixServiceIdAsync() =>
        _matrixServiceId ??= (int)(await Admin.PostJson($"{Social}/catalogue", NewServiceBody()).Json(HttpStatusCode.Created)).Id();

    public static object NewServiceBody() => new
    {
        code = "М." + Guid.NewGuid().ToString("N")[..8], name = "Проверка прав доступа (услуга матрицы)", form = "atHome", type = "household",
        unit = "услуга", timeNormMinutes = 30,
    };

    /// <summary>An application of a fresh Kasli citizen (every seeded user but Varna's sees it), registered by the administrator.</summary>
    public async Task<long> NewApplicationAsync() => (await ApplyAsync()).Application;

    private async Task<(long Application, long Citizen)> ApplyAsync()
    {
        var citizen = await NewCitizenAsync();
        return ((await Admin.PostJson($"{Social}/applications", await ApplicationBodyAsync(citizen)).Json(HttpStatusCode.Created)).Id(), citizen);
    }

    public async Task<object> ApplicationBodyAsync(long? citizenId = null) => new
    {
        citizenId = citizenId ?? await NewCitizenAsync(), submittedOn = ApplicationDay, requestedForm = "atHome",
        circumstances = "Частичная утрата способности к самообслуживанию в связи с преклонным возрастом.",
        household = new[] { new { monthlyAmount = 15000m, incomeKind = "пенсия" } },
    };

    public static object Recognition => new { outcome = "recognised", decidedOn = ApplicationDay.AddDays(2), form = "atHome" };

    public async Task<long> NewRecognisedApplicationAsync() => (await RecogniseAsync()).Application;

    private async Task<(long Application, long Citizen)> RecogniseAsync()
    {
        var (application, citizen) = await ApplyAsync();
        await Admin.PostJson($"{Social}/applications/{application}/decision", Recognition).Expect(HttpStatusCode.OK);
        return (application, citizen);
    }

    public async Task<object> ProgrammeBodyAsync() => new
    {
        drawnUpOn = ApplicationDay.AddDays(3), startsOn = ContractStart,
        lines = new[] { new { socialServiceId = await HomeServiceIdAsync(), volume = 104m, periodicity = "2 раза в неделю" } },
    };

    public async Task<long> NewProgrammeAsync() => (await ProgrammeAsync()).Programme;

    private async Task<(long Application, long Citizen, long Programme)> ProgrammeAsync()
    {
        var (application, citizen) = await RecogniseAsync();
        var programme = (
            await Admin.PostJson($"{Social}/applications/{application}/programmes", await ProgrammeBodyAsync()).Json(HttpStatusCode.Created)
        ).Id();
        return (application, citizen, programme);
    }

    public static object ContractBody =>
        new
        {
            programmeSubmittedOn = ContractStart.AddDays(-1),
            concludedOn = ContractStart.AddDays(-1),
            startsOn = ContractStart,
        };

    /// <summary>A recipient's whole path; the contract is concluded by <paramref name="writer"/>, so its organisation is the provider.</summary>
    public async Task<Recipient> NewContractAsync(string writer)
    {
        var (application, citizen, programme) = await ProgrammeAsync();
        var contract = await (await ClientAsync(writer))
            .PostJson($"{Social}/programmes/{programme}/contract", ContractBody)
            .Json(HttpStatusCode.Created);
        return new(application, contract.Id(), citizen);
    }

    public async Task<object> DeliveryBodyAsync(long contractId, int month, int day = 5) =>
        new
        {
            serviceContractId = contractId,
            socialServiceId = await HomeServiceIdAsync(),
            deliveredOn = new DateOnly(2024, month, day),
            quantity = 1m,
            minutes = 35,
        };

    /// <summary>A service recorded by <paramref name="writer"/> on its organisation's contract in <see cref="RecordMonth"/>.</summary>
    public async Task<long> NewDeliveryAsync(string writer)
    {
        var contract = (await FixtureAsync(writer)).ContractId;
        return (
            await (await ClientAsync(writer))
                .PostJson($"{Social}/delivered-services", await DeliveryBodyAsync(contract, RecordMonth, 6))
                .Json(HttpStatusCode.Created)
        ).Id();
    }

    /// <summary>The act of a contract for a month of 2024, drawn up by <paramref name="writer"/> after recording a service in it.</summary>
    public async Task<long> NewActAsync(string writer, Recipient recipient, int month)
    {
        var client = await ClientAsync(writer);
        await client.PostJson($"{Social}/delivered-services", await DeliveryBodyAsync(recipient.Contract, month)).Expect(HttpStatusCode.Created);
        var generated = await client.PostJson($"{Social}/acts/generate", new { year = 2024, month }).Json();
        Assert.True(generated["problems"]!.AsArray().Count == 0, generated.ToJsonString());
        return (await client.GetAsync($"{Social}/acts?year=2024&month={month}").Json()).AsArray()
            .Single(a => a!["citizenId"]!.GetValue<long>() == recipient.Citizen)!.Id();
    }

    /// <summary>An unsigned act of a new recipient of <paramref name="writer"/>'s organisation, for <see cref="SignMonth"/>.</summary>
    public async Task<long> NewUnsignedActAsync(string writer) => await NewActAsync(writer, await NewContractAsync(writer), SignMonth);

    public async Task<long> NewComplaintAsync(string writer) =>
        (await (await ClientAsync(writer)).PostJson($"{Social}/complaints", ComplaintBody).Json(HttpStatusCode.Created)).Id();

    public static object ComplaintBody => new
    {
        receivedOn = new DateOnly(2024, 5, 20), channel = "post", complainantName = "Проверкин Пётр Петрович", form = "atHome",
        subject = "Социальный работник опоздал (проверка прав доступа)",
    };

    /// <summary>A part, year and quarter of the assignment no report has been made for yet.</summary>
    public async Task<object> NewReportBodyAsync(string writer, int assignmentId)
    {
        var client = await ClientAsync(writer);
        if (!_reportsTaken.TryGetValue(assignmentId, out var taken))
        {
            var existing = (await client.GetAsync($"{Social}/reports?assignmentId={assignmentId}").Json()).AsArray();
            _reportsTaken[assignmentId] = taken = existing
                .Select(r => (r!["partCode"]!.GetValue<string>(), r["year"]!.GetValue<int>(), r["quarter"]?.GetValue<int>()))
                .ToHashSet();
        }
        var assignment = await client.GetAsync($"{Social}/assignments/{assignmentId}").Json();
        foreach (var year in Enumerable.Range(AssignmentYear, 3))
            foreach (var part in assignment["parts"]!.AsArray())
            {
                var code = part!["code"]!.GetValue<string>();
                var quarters = Enumerable.Range(1, part["quarterlyReportsThroughQuarter"]!.GetValue<int>()).Select(q => (int?)q).Append(null);
                foreach (var quarter in quarters)
                    if (taken.Add((code, year, quarter)))
                        return new { stateAssignmentId = assignmentId, partCode = code, year, quarter };
            }
        throw new InvalidOperationException($"Every report of assignment {assignmentId} is made.");
    }

    public async Task<long> NewReportAsync(string writer, int? assignmentId = null)
    {
        var id = assignmentId ?? (await FixtureAsync(writer)).AssignmentId;
        return (
            await (await ClientAsync(writer))
                .PostJson($"{Social}/reports", await NewReportBodyAsync(writer, id))
                .Json(HttpStatusCode.Created)
        ).Id();
    }

    /// <summary>A new report with every deviation explained and the explanatory note written: ready to be submitted.</summary>
    public async Task<long> NewSubmittableReportAsync(string writer)
    {
        var client = await ClientAsync(writer);
        var id = await NewReportAsync(writer);
        var report = await client.GetAsync($"{Social}/reports/{id}").Json();
        var reasons = report["rows"]!
            .AsArray()
            .ToDictionary(r => r!["indicatorCode"]!.GetValue<string>(), _ => (string?)"Проверка прав доступа: данных за период нет.");
        var edited = await client.PutJson($"{Social}/reports/{id}", ReportEdit(reasons)).Json();
        Assert.True(edited["problems"]!.AsObject().Count == 0, edited["problems"]!.ToJsonString());
        return id;
    }

    public static object ReportEdit(Dictionary<string, string?>? reasons = null) =>
        new
        {
            reasons = reasons ?? [],
            manualValues = new Dictionary<string, decimal?>(),
            explanatoryNote = "Пояснительная записка (проверка прав доступа).",
            accountsPayable = 0m,
            overdueAccountsPayable = 0m,
        };

    /// <summary>A report the Kasli centre has submitted to the founder.</summary>
    public async Task<long> NewSubmittedReportAsync()
    {
        var id = await NewSubmittableReportAsync("kcson");
        await (await ClientAsync("kcson")).PostAsync($"{Social}/reports/{id}/submit", null).Expect(HttpStatusCode.OK);
        return id;
    }

    /// <summary>The embedded assignment № 148045 as an upload of the same JSON shape.</summary>
    public static string AssignmentFile()
    {
        var type = typeof(Sobes.Domain.SocialServices.StateAssignmentSeed);
        using var stream = type.Assembly.GetManifestResourceStream(Sobes.Domain.SocialServices.StateAssignmentSeed.ResourceName)!;
        return new StreamReader(stream).ReadToEnd();
    }
}
