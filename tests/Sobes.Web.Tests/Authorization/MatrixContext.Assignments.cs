using Sobes.Web.Tests.Measures;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Authorization;

/// <summary>
/// Assignments of the Kasli department for the probes, made as a signed decision makes them (<see cref="AssignmentScenario"/>):
/// one every principal reads, and a fresh one for each change, so every call can really succeed.
/// </summary>
public sealed partial class MatrixContext
{
    private Task<long>? _readableAssignment;

    /// <summary>A foster-family payment from 2025 for a child born in 2015 (paid until 2033).</summary>
    public Task<long> NewAssignmentAsync() => AssignmentScenario.FosterAsync(Host, new DateOnly(2025, 1, 1), new DateOnly(2015, 6, 1));

    public Task<long> ReadableAssignmentAsync() => _readableAssignment ??= NewAssignmentAsync();

    public async Task<long> NewSuspendedAssignmentAsync()
    {
        var id = await NewAssignmentAsync();
        await (await ClientAsync("head"))
            .PostJson($"/api/v1/assignments/{id}/suspend", new { from = "2025-03-01", reason = "Проверка прав доступа" })
            .Json();
        return id;
    }

    public async Task<long> NewPerChildAssignmentAsync()
    {
        var recipient = await AssignmentScenario.CitizenAsync(Host, new DateOnly(1982, 8, 8));
        return await AssignmentScenario.GrantAsync(
            Host,
            "head",
            AssignmentScenario.PerChild,
            recipient,
            null,
            new DateOnly(2025, 1, 1),
            null,
            children: 2
        );
    }
}
