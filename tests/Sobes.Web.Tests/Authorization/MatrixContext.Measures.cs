using System.Text.Json.Nodes;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Authorization;

/// <summary>
/// Records of the measures catalogue for the probes: the matrix's own measures (codes «МАТРИЦА-…», amounts from 2041), parameters «МАТР»
/// and acts, so nothing of the seeded catalogue changes; the regulation probes edit the typical regulation of the municipal pension supplement
/// with optional documents and grounds of their own.
/// </summary>
public sealed partial class MatrixContext
{
    public const string MeasuresApi = "/api/v1/measures";
    /// <summary>The seeded regulation the probes add optional documents and grounds to.</summary>
    public const string MatrixRegulationCode = "TR-MUNPENS";

    private int _measureSerial, _parameterDay, _actSerial;
    private int? _regulationId;

    public string NextMatrixCode(string prefix) => $"{prefix}-{Interlocked.Increment(ref _measureSerial):0000}-{Guid.NewGuid().ToString("N")[..6]}";

    public object NewMeasureBody() =>
        new
        {
            code = NextMatrixCode("МАТРИЦА"),
            name = "Проверка прав доступа: мера",
            shortName = "Мера матрицы",
            kind = "monthly",
            funding = "regional",
            amountRule = "fixed",
            firstAmount = new
            {
                validFrom = "2041-01-01",
                value = 100m,
                newLegalAct = new
                {
                    type = "departmentOrder",
                    number = "М-1",
                    adoptedOn = "2040-12-01",
                },
            },
            eligibility = new { categoryCodes = new[] { "VT" } },
        };

    public async Task<long> NewMeasureAsync() => await AddAsync($"{MeasuresApi}/", NewMeasureBody());

    public DateOnly NextParameterDate() => new DateOnly(2041, 1, 1).AddDays(Interlocked.Increment(ref _parameterDay));

    public object NewLegalActBody() =>
        new
        {
            type = "departmentOrder",
            number = $"МАТР-{Interlocked.Increment(ref _actSerial)}-{Guid.NewGuid().ToString("N")[..6]}",
            adoptedOn = "2041-02-01",
            title = "Проверка прав доступа",
        };

    public async Task<int> MatrixRegulationIdAsync()
    {
        if (_regulationId is { } id) return id;
        var list = (await Admin.GetAsync($"{MeasuresApi}/regulations").Json()).AsArray();
        _regulationId = (int)list.Single(r => r!["code"]!.GetValue<string>() == MatrixRegulationCode)!.Id();
        return _regulationId.Value;
    }

    public static object MatrixDocumentBody() =>
        new
        {
            name = "Проверка прав доступа: документ",
            mandatory = false,
            source = "applicant",
            condition = "только для проверки прав доступа",
        };

    public object MatrixGroundBody() =>
        new
        {
            code = NextMatrixCode("МАТР"),
            text = "Проверка прав доступа",
            legalReference = "не применяется (проверка прав доступа)",
        };
}
