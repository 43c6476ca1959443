using System.Net;
using System.Text.Json.Nodes;
using Sobes.Web.Tests.Applications;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Authorization;

/// <summary>
/// Applications of the Kasli department for the probes, on a regulation of the tests' own (codes «T-…»). Each write probe gets
/// a fresh family and an application in the state its step needs; reads use one decided application with a grant and a refusal.
/// </summary>
public sealed partial class MatrixContext
{
    public const string ApplicationsUrl = ApplicationsTestData.Url;
    private const string MeasureApplicationDay = "2026-01-20";
    private Task<TestRegulation>? _regulation;
    private Task<long>? _decidedApplication;

    public Task<TestRegulation> RegulationAsync() => _regulation ??= Host.CreateRegulationAsync(ministryCheck: true);

    public enum ApplicationStage { Registered, Requested, Complete, Drafted, AwaitingSignature }

    /// <summary>A fresh family's application brought to the stage by the Kasli specialist; returns its card.</summary>
    public async Task<JsonNode> ApplicationAtAsync(ApplicationStage stage)
    {
        var r = await RegulationAsync();
        var specialist = await ClientAsync("specialist");
        var (applicant, child) = await Host.FamilyAsync();
        if (stage == ApplicationStage.AwaitingSignature) return await specialist.AwaitingSignatureAsync(r, applicant, child, MeasureApplicationDay);
        var card = await specialist.RegisterAsync(r, applicant, child, MeasureApplicationDay);
        var id = card.Id();
        if (stage == ApplicationStage.Requested)
            return await specialist
                .PostJson($"{ApplicationsUrl}/{id}/requests", new { regulationDocumentId = r.Doc("birth"), sentOn = MeasureApplicationDay })
                .Json(HttpStatusCode.Created);
        if (stage == ApplicationStage.Registered) return card;
        card = await specialist.CompleteAsync(r, id, MeasureApplicationDay);
        if (stage == ApplicationStage.Complete) return card;
        return await specialist
            .PutJson($"{ApplicationsUrl}/{id}/draft", new { items = new[] { new { itemId = card["items"]![0]!.Id(), outcome = "grant" } } })
            .Json();
    }

    /// <summary>A signed decision of the Kasli department granting one measure and refusing another (notice, decision and refusal exist).</summary>
    public Task<long> DecidedApplicationAsync() => _decidedApplication ??= DecideAsync();

    private async Task<long> DecideAsync()
    {
        var r = await RegulationAsync();
        var specialist = await ClientAsync("specialist");
        var (applicant, child) = await Host.FamilyAsync();
        var id = (await specialist.RegisterAsync(r, applicant, child, MeasureApplicationDay, furniture: true)).Id();
        var card = await specialist.CompleteAsync(r, id, MeasureApplicationDay);
        var items = card["items"]!.AsArray();
        await specialist
            .PutJson(
                $"{ApplicationsUrl}/{id}/draft",
                new
                {
                    items = new object[]
                    {
                        new { itemId = items[0]!.Id(), outcome = "grant" },
                        new
                        {
                            itemId = items[1]!.Id(),
                            outcome = "refuse",
                            refusalGroundId = r.RefusalGround,
                        },
                    },
                }
            )
            .Expect(HttpStatusCode.OK);
        await specialist.PostJson($"{ApplicationsUrl}/{id}/visa", new { }).Expect(HttpStatusCode.OK);
        await (await ClientAsync("head")).PostJson($"{ApplicationsUrl}/{id}/sign", new { }).Expect(HttpStatusCode.OK);
        return id;
    }

    /// <summary>A fresh refusal signed by the Kasli head, waiting for the Ministry's check, or already checked by the inspector (seed 002
    /// cl. 17.2).</summary>
    public async Task<long> RefusalAsync(bool? ministryConfirmed)
    {
        var r = await RegulationAsync();
        var (applicant, child) = await Host.FamilyAsync();
        var id = (await (await ClientAsync("specialist")).AwaitingSignatureAsync(r, applicant, child, MeasureApplicationDay, refuse: true)).Id();
        await (await ClientAsync("head")).PostJson($"{ApplicationsUrl}/{id}/sign", new { }).Expect(HttpStatusCode.OK);
        if (ministryConfirmed is { } confirmed)
            await (await ClientAsync("inspector"))
                .PostJson($"{ApplicationsUrl}/{id}/refusal-check", new { confirmed, remark = confirmed ? null : "Уточните основание" })
                .Expect(HttpStatusCode.OK);
        return id;
    }

    public async Task<object> NewRegistrationAsync()
    {
        var (applicant, child) = await Host.FamilyAsync();
        return ApplicationsTestData.Register(await RegulationAsync(), applicant, child, MeasureApplicationDay);
    }
}
