using System.Net;
using Sobes.Web.Tests.Appeals;
using static Sobes.Web.Tests.Authorization.Probe;

namespace Sobes.Web.Tests.Authorization;

/// <summary>
/// Complaints (/api/v1/appeals). The journal is open to every role and shows the user's own department's complaints (the ministry's: all);
/// a complaint by id is read by the ministry and its department (the Kasli centre gets 404); the department's specialist and head
/// register and answer; only its head extends the term (seed 002 cl. 23.9).
/// </summary>
public static partial class ApiEndpointTable
{
    private const string AppealsApi = AppealsWebTests.Url;

    private static Dictionary<string, Probe> Appeals() =>
        new()
        {
            [$"GET {AppealsApi}/"] = Get(Access.Read, _ => $"{AppealsApi}/?status=underReview"),
            [$"GET {AppealsApi}/journal.docx"] = Get(Access.Read, c => $"{AppealsApi}/journal.docx?year={c.Today.Year}"),
            [$"GET {AppealsApi}/journal.xlsx"] = Get(Access.Read, c => $"{AppealsApi}/journal.xlsx?year={c.Today.Year}"),
            [$"GET {AppealsApi}/counts"] = Get(Access.Read, _ => $"{AppealsApi}/counts"),
            [$"GET {AppealsApi}/regulations"] = Get(Access.Read, _ => $"{AppealsApi}/regulations"),
            [$"GET {AppealsApi}/{{id:long}}"] = GetFor(Access.ApplicationRecord, async (c, _) =>
                $"{AppealsApi}/{await c.AnsweredComplaintAsync()}"
            ),
            [$"GET {AppealsApi}/{{id:long}}/extension.docx"] = GetFor(Access.ApplicationRecord, async (c, _) =>
                $"{AppealsApi}/{await c.AnsweredComplaintAsync()}/extension.docx"
            ),
            [$"GET {AppealsApi}/{{id:long}}/answer.docx"] = GetFor(Access.ApplicationRecord, async (c, _) =>
                $"{AppealsApi}/{await c.AnsweredComplaintAsync()}/answer.docx"
            ),

            [$"POST {AppealsApi}/"] = Send(Access.ApplicationCase, HttpStatusCode.Created, HttpMethod.Post, c =>
                Task.FromResult<(string, object?)>(($"{AppealsApi}/", c.NewComplaintBody()))
            ),
            [$"POST {AppealsApi}/{{id:long}}/extend"] = Send(Access.ApplicationSign, HttpStatusCode.OK, HttpMethod.Post, async c =>
                ($"{AppealsApi}/{await c.NewComplaintAsync()}/extend", c.ExtensionBody())
            ),
            [$"POST {AppealsApi}/{{id:long}}/answer"] = Send(Access.ApplicationCase, HttpStatusCode.OK, HttpMethod.Post, async c =>
                ($"{AppealsApi}/{await c.NewComplaintAsync()}/answer", c.AnswerBody())
            ),
        };
}
