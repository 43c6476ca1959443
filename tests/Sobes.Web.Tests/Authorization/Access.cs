using System.Net;
using System.Net.Http.Json;
using Sobes.Web.Tests.Hosting;

namespace Sobes.Web.Tests.Authorization;

public enum Access
{
    /// <summary>Anyone, signed in or not.</summary>
    Public,
    /// <summary>Every role.</summary>
    Read,
    /// <summary>Registry writers: administrator, specialist, head.</summary>
    Write,
    /// <summary>Administrator and auditor.</summary>
    Audit,
    /// <summary>Administrator only.</summary>
    Admin,
    /// <summary>
    /// Social services records (applications, contracts, services, acts, assignments, reports, quality registers): administrator, specialist, head,
    /// of any organisation; the record belongs to the user's own organisation, so the probe uses that organisation's data.
    /// </summary>
    SocialWrite,
    /// <summary>
    /// Social services reference data of the region (catalogue, tariffs, subsistence minimum; 442-ФЗ ст. 8): the administrator and a head
    /// of the ministry;
    /// a district head passes the role policy and is refused by the service.
    /// </summary>
    SocialReference,
    /// <summary>
    /// The provider's own acts (contract, services given, monthly and urgent acts; 442-ФЗ ст. 12, 17): a specialist or head of a social
    /// services centre.
    /// The administrator and the department's writers pass the role policy and are refused by the service; the probe uses the centre's records.
    /// </summary>
    SocialProvider,
    /// <summary>
    /// Reading a provider's record by id: the ministry and the centre see it; the department is no provider, has no such record of its own
    /// and does not see the centre's, so it is answered 404.
    /// </summary>
    SocialProviderRecord,
    /// <summary>
    /// The catalogue of measures, their dated amounts and parameters, legal acts and regulations (set by acts of the region): the administrator and a
    /// head of the ministry; the department's writers pass the module's role policy and are refused by the service.
    /// </summary>
    MeasuresCatalogue,
    /// <summary>The founder's desk review of an execution report: an inspector or head of the ministry (a user who sees the whole region).</summary>
    SocialReview,
    /// <summary>
    /// An assignment of a measure by id (назначение): the ministry and the department that granted it read it; the Kasli centre, another
    /// organisation of the district, is answered 404. The probe reads an assignment of the Kasli department.
    /// </summary>
    AssignmentRead,
    /// <summary>
    /// Stop, suspension, resumption, recalculation of an assignment (MeasuresAccess.RequireAssignmentWriter): the specialist, head and accountant
    /// of the department that granted it. The administrator passes the role policy and is refused by the service (the ministry does not pay);
    /// the Kasli centre's specialist passes it too and does not see the department's assignment (404).
    /// </summary>
    AssignmentWrite,
    /// <summary>
    /// Casework on applications for measures (intake, documents, requests, draft, visa, withdrawal): a specialist or head of a district
    /// department (УСЗН).
    /// The administrator, the accountant and the centre's specialist pass the role policy and are refused by the service.
    /// </summary>
    ApplicationCase,
    /// <summary>The decision on an application is signed (or returned) by the head of the department only (seed 002 cl. 16.2).</summary>
    ApplicationSign,
    /// <summary>
    /// The Ministry's check of a refusal (seed 002 cl. 17.2): an inspector or head of the ministry. The district head passes the role policy and is
    /// refused by the service; the administrator and the rest are refused by the policy.
    /// </summary>
    ApplicationRefusalCheck,
    /// <summary>
    /// Reading an application by id: the department that registered it and the ministry; the centre (КЦСОН) of the same district
    /// does not see the department's applications and is answered 404.
    /// </summary>
    ApplicationRecord,
    /// <summary>
    /// A payment period by id, its lines, channels and files: the ministry and the department that pays it; the Kasli centre (КЦСОН), which pays
    /// nothing, does not see the department's periods and is answered 404.
    /// </summary>
    PaymentRecord,
    /// <summary>
    /// Opening a payment period: the specialist, head and accountant of a district department (PaymentsAccess.Writers). The centre's
    /// specialist passes
    /// the role policy and is refused by the service: a centre pays no measures.
    /// </summary>
    PaymentOpen,
    /// <summary>
    /// Work on a department's period, returns and overpayments (compute, register a return, re-pay, write off, refund): the department's specialist,
    /// head and accountant; the centre's specialist passes the role policy and does not see the department's records (404).
    /// </summary>
    PaymentWrite,
    /// <summary>Signing and closing a period: the head and the chief accountant of the department (seed 002 cl. 19.7); the rest are
    /// refused.</summary>
    PaymentSign,
    /// <summary>
    /// Guardianship casework (children in care, schooling, placements, foster contracts, leaving, end): the specialist and head of a district
    /// department (the guardianship body). The administrator is refused by the role policy; the centre's specialist passes it and is
    /// refused by the service.
    /// </summary>
    GuardianshipWrite,
}

/// <summary>Where a seeded user works: what their organisation-owned social services records are.</summary>
public enum Workplace { Ministry, KasliDepartment, KasliCentre }

/// <summary>
/// One API endpoint of the matrix: who may call it, the status of success and a valid request for it.
/// The request is built for the principal under test (null: anonymous), so it may use records that principal's organisation owns.
/// </summary>
public sealed record Probe(Access Access, HttpStatusCode Success, Func<MatrixContext, string?, Task<HttpRequestMessage>> Request)
{
    public static readonly IReadOnlyDictionary<string, string> RoleOf = new Dictionary<string, string>
    {
        ["admin"] = "Administrator", ["inspector"] = "Inspector", ["specialist"] = "Specialist", ["head"] = "Head",
        ["accountant"] = "Accountant", ["auditor"] = "Auditor", ["kcson"] = "Specialist",
    };

    public static readonly IReadOnlyDictionary<string, Workplace> WorkplaceOf = new Dictionary<string, Workplace>
    {
        ["admin"] = Workplace.Ministry, ["inspector"] = Workplace.Ministry, ["specialist"] = Workplace.KasliDepartment,
        ["head"] = Workplace.KasliDepartment, ["accountant"] = Workplace.KasliDepartment, ["auditor"] = Workplace.KasliDepartment,
        ["kcson"] = Workplace.KasliCentre,
    };

    private static readonly string[] Writers = ["Administrator", "Specialist", "Head"];
    private static readonly string[] AuditReaders = ["Administrator", "Auditor"];
    private static readonly string[] ProviderRoles = ["Specialist", "Head"];
    private static readonly string[] Reviewers = ["Inspector", "Head"];
    private static readonly string[] AssignmentWriters = ["Specialist", "Head", "Accountant"];

    public HttpStatusCode ExpectedFor(string? login) =>
        Access switch
        {
            Access.Public => Success,
            _ when login is null => HttpStatusCode.Unauthorized,
            Access.Read => Success,
            Access.Write or Access.SocialWrite => Writers.Contains(RoleOf[login]) ? Success : HttpStatusCode.Forbidden,
            Access.Audit => AuditReaders.Contains(RoleOf[login]) ? Success : HttpStatusCode.Forbidden,
            Access.Admin => RoleOf[login] == "Administrator" ? Success : HttpStatusCode.Forbidden,
            Access.SocialReference or Access.MeasuresCatalogue => RoleOf[login] == "Administrator"
            || (RoleOf[login] == "Head" && WorkplaceOf[login] == Workplace.Ministry)
                ? Success
                : HttpStatusCode.Forbidden,
            Access.SocialProvider => ProviderRoles.Contains(RoleOf[login]) && WorkplaceOf[login] == Workplace.KasliCentre
                ? Success
                : HttpStatusCode.Forbidden,
            Access.SocialProviderRecord => WorkplaceOf[login] == Workplace.KasliDepartment ? HttpStatusCode.NotFound : Success,
            // A district head passes the endpoint's role policy and is refused by the service: the review is the ministry's.
            Access.SocialReview => Reviewers.Contains(RoleOf[login]) && WorkplaceOf[login] == Workplace.Ministry
                ? Success
                : HttpStatusCode.Forbidden,
            Access.AssignmentRead => WorkplaceOf[login] == Workplace.KasliCentre ? HttpStatusCode.NotFound : Success,
            Access.AssignmentWrite => WorkplaceOf[login] switch
            {
                Workplace.KasliCentre => HttpStatusCode.NotFound,
                Workplace.KasliDepartment when AssignmentWriters.Contains(RoleOf[login]) => Success,
                _ => HttpStatusCode.Forbidden,
            },
            Access.ApplicationCase => ProviderRoles.Contains(RoleOf[login]) && WorkplaceOf[login] == Workplace.KasliDepartment
                ? Success
                : HttpStatusCode.Forbidden,
            Access.ApplicationSign => RoleOf[login] == "Head" && WorkplaceOf[login] == Workplace.KasliDepartment
                ? Success
                : HttpStatusCode.Forbidden,
            Access.ApplicationRefusalCheck => Reviewers.Contains(RoleOf[login]) && WorkplaceOf[login] == Workplace.Ministry
                ? Success
                : HttpStatusCode.Forbidden,
            Access.ApplicationRecord => WorkplaceOf[login] == Workplace.KasliCentre ? HttpStatusCode.NotFound : Success,
            Access.PaymentRecord => WorkplaceOf[login] == Workplace.KasliCentre ? HttpStatusCode.NotFound : Success,
            Access.PaymentOpen => WorkplaceOf[login] == Workplace.KasliDepartment && AssignmentWriters.Contains(RoleOf[login])
                ? Success
                : HttpStatusCode.Forbidden,
            Access.PaymentWrite => WorkplaceOf[login] switch
            {
                Workplace.KasliCentre => HttpStatusCode.NotFound,
                Workplace.KasliDepartment when AssignmentWriters.Contains(RoleOf[login]) => Success,
                _ => HttpStatusCode.Forbidden,
            },
            Access.GuardianshipWrite => ProviderRoles.Contains(RoleOf[login]) && WorkplaceOf[login] == Workplace.KasliDepartment
                ? Success
                : HttpStatusCode.Forbidden,
            Access.PaymentSign => WorkplaceOf[login] == Workplace.KasliDepartment && RoleOf[login] is "Head" or "Accountant"
                ? Success
                : HttpStatusCode.Forbidden,
            _ => throw new ArgumentOutOfRangeException(),
        };

    public static Probe Get(Access access, Func<MatrixContext, string> url) =>
        new(access, HttpStatusCode.OK, (c, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, url(c))));

    /// <summary>A GET of a record the principal under test may read (e.g. one of its own organisation).</summary>
    public static Probe GetFor(Access access, Func<MatrixContext, string?, Task<string>> url) =>
        new(access, HttpStatusCode.OK, async (c, login) => new HttpRequestMessage(HttpMethod.Get, await url(c, login)));

    public static Probe Send(Access access, HttpStatusCode success, HttpMethod method, string url, Func<MatrixContext, object> body) =>
        Send(access, success, method, c => Task.FromResult<(string, object?)>((url, body(c))));

    public static Probe Send(
        Access access,
        HttpStatusCode success,
        HttpMethod method,
        Func<MatrixContext, Task<(string Url, object? Body)>> request
    ) => SendFor(access, success, method, (c, _) => request(c));

    /// <summary>A request built for the principal under test: fresh records of its organisation where the call changes them.</summary>
    public static Probe SendFor(
        Access access,
        HttpStatusCode success,
        HttpMethod method,
        Func<MatrixContext, string?, Task<(string Url, object? Body)>> request
    ) => new(access, success, async (c, login) =>
        {
            var (url, body) = await request(c, login);
            return new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        });
}
