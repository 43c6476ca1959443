using System.Net;
using Sobes.Domain.Common;
using Sobes.Web.Tests.Appeals;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Authorization;

/// <summary>Complaints of the Kasli department for the probes: each change gets a fresh complaint; the letters are read from one extended
/// and answered.</summary>
public sealed partial class MatrixContext
{
    private Task<long>? _answeredComplaint;

    public DateOnly Today => Host.Service<RegionClock>().Today;

    public object NewComplaintBody() => AppealsWebTests.Body(ReadableCitizenId, Today);

    /// <summary>A fresh complaint registered today by the Kasli specialist.</summary>
    public async Task<long> NewComplaintAsync() =>
        (await (await ClientAsync("specialist")).PostJson(AppealsWebTests.Url, NewComplaintBody()).Json(HttpStatusCode.Created)).Id();

    public object ExtensionBody() => new { days = 10, reason = "требуется проверка", notifiedOn = Today.ToString("yyyy-MM-dd") };

    public object AnswerBody() => new { decision = "satisfied", text = "Выплата пересчитана.", answeredOn = Today.ToString("yyyy-MM-dd") };

    public Task<long> AnsweredComplaintAsync() => _answeredComplaint ??= AnswerAsync();

    private async Task<long> AnswerAsync()
    {
        var id = await NewComplaintAsync();
        await (await ClientAsync("head")).PostJson($"{AppealsWebTests.Url}/{id}/extend", ExtensionBody()).Expect(HttpStatusCode.OK);
        await (await ClientAsync("specialist")).PostJson($"{AppealsWebTests.Url}/{id}/answer", AnswerBody()).Expect(HttpStatusCode.OK);
        return id;
    }
}
