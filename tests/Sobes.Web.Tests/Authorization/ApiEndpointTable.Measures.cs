using System.Net;
using static Sobes.Web.Tests.Authorization.MatrixContext;
using static Sobes.Web.Tests.Authorization.Probe;

namespace Sobes.Web.Tests.Authorization;

/// <summary>
/// The catalogue of measures (/api/v1/measures): everybody reads; measures, dated amounts, parameters, acts and regulations are set by acts of
/// the region and entered by the administrator or a head of the ministry (MeasuresAccess.IsCatalogueEditor).
/// </summary>
public static partial class ApiEndpointTable
{
    private static Dictionary<string, Probe> Measures() =>
        new()
        {
            [$"GET {MeasuresApi}/"] = Get(Access.Read, _ => $"{MeasuresApi}/?kind=monthly&category=PRIEM"),
            [$"GET {MeasuresApi}/{{id:int}}"] = GetFor(Access.Read, async (c, _) => $"{MeasuresApi}/{await c.NewMeasureAsync()}"),
            [$"POST {MeasuresApi}/"] = Send(Access.MeasuresCatalogue, HttpStatusCode.Created, HttpMethod.Post, $"{MeasuresApi}/", c =>
                c.NewMeasureBody()
            ),
            [$"PUT {MeasuresApi}/{{id:int}}"] = Send(Access.MeasuresCatalogue, HttpStatusCode.OK, HttpMethod.Put, async c =>
            {
                var body = c.NewMeasureBody();
                var id = await c.AddAsync($"{MeasuresApi}/", body);
                return ($"{MeasuresApi}/{id}", body);
            }),
            [$"POST {MeasuresApi}/{{id:int}}/amounts"] = Send(Access.MeasuresCatalogue, HttpStatusCode.Created, HttpMethod.Post, async c => (
                    $"{MeasuresApi}/{await c.NewMeasureAsync()}/amounts",
                    new
                    {
                        validFrom = "2042-01-01",
                        value = 110m,
                        newLegalAct = c.NewLegalActBody(),
                        note = "индексация (проверка прав доступа)",
                    }
                )),

            [$"GET {MeasuresApi}/parameters"] = Get(Access.Read, _ => $"{MeasuresApi}/parameters"),
            [$"POST {MeasuresApi}/parameters"] = Send(
                Access.MeasuresCatalogue,
                HttpStatusCode.Created,
                HttpMethod.Post,
                $"{MeasuresApi}/parameters",
                c => new
                {
                    code = "МАТР",
                    name = "Параметр матрицы",
                    validFrom = c.NextParameterDate(),
                    value = 1.5m,
                    newLegalAct = c.NewLegalActBody(),
                }
            ),
            [$"GET {MeasuresApi}/legal-acts"] = Get(Access.Read, _ => $"{MeasuresApi}/legal-acts"),
            [$"POST {MeasuresApi}/legal-acts"] = Send(
                Access.MeasuresCatalogue,
                HttpStatusCode.Created,
                HttpMethod.Post,
                $"{MeasuresApi}/legal-acts",
                c => c.NewLegalActBody()
            ),

            [$"GET {MeasuresApi}/regulations"] = Get(Access.Read, _ => $"{MeasuresApi}/regulations"),
            [$"GET {MeasuresApi}/regulations/{{id:int}}"] = GetFor(Access.Read, async (c, _) =>
                $"{MeasuresApi}/regulations/{await c.MatrixRegulationIdAsync()}"
            ),
            // The typical deadline re-saved unchanged: a valid update that alters nothing.
            [$"PUT {MeasuresApi}/regulations/{{id:int}}/deadline"] = Send(
                Access.MeasuresCatalogue,
                HttpStatusCode.OK,
                HttpMethod.Put,
                async c => ($"{MeasuresApi}/regulations/{await c.MatrixRegulationIdAsync()}/deadline", new { value = 10, unit = "workingDays" })
            ),
            [$"POST {MeasuresApi}/regulations/{{id:int}}/documents"] = Send(
                Access.MeasuresCatalogue,
                HttpStatusCode.Created,
                HttpMethod.Post,
                async c => ($"{MeasuresApi}/regulations/{await c.MatrixRegulationIdAsync()}/documents", MatrixDocumentBody())
            ),
            [$"DELETE {MeasuresApi}/regulations/{{id:int}}/documents/{{documentId:int}}"] = Send(
                Access.MeasuresCatalogue,
                HttpStatusCode.NoContent,
                HttpMethod.Delete,
                async c =>
                {
                    var id = await c.MatrixRegulationIdAsync();
                    var added = await c.AddAsync($"{MeasuresApi}/regulations/{id}/documents", MatrixDocumentBody());
                    return ($"{MeasuresApi}/regulations/{id}/documents/{added}", null);
                }
            ),
            [$"POST {MeasuresApi}/regulations/{{id:int}}/refusal-grounds"] = Send(
                Access.MeasuresCatalogue,
                HttpStatusCode.Created,
                HttpMethod.Post,
                async c => ($"{MeasuresApi}/regulations/{await c.MatrixRegulationIdAsync()}/refusal-grounds", c.MatrixGroundBody())
            ),
            [$"DELETE {MeasuresApi}/regulations/{{id:int}}/refusal-grounds/{{groundId:int}}"] = Send(
                Access.MeasuresCatalogue,
                HttpStatusCode.NoContent,
                HttpMethod.Delete,
                async c =>
                {
                    var id = await c.MatrixRegulationIdAsync();
                    var added = await c.AddAsync($"{MeasuresApi}/regulations/{id}/refusal-grounds", c.MatrixGroundBody());
                    return ($"{MeasuresApi}/regulations/{id}/refusal-grounds/{added}", null);
                }
            ),
        };
}
