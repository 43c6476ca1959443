using Microsoft.EntityFrameworkCore;
using Sobes.Infrastructure.Measures;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Applications;

/// <summary>The regulations the measures catalogue offers and names (a measure's regulation is chosen on the measure's form).</summary>
public sealed class MeasureRegulations(SobesDbContext db) : IMeasureRegulations
{
    public async Task<IReadOnlyList<RegulationRef>> ListAsync(CancellationToken ct) =>
        await db.Regulations.AsNoTracking().OrderBy(r => r.Id).Select(r => new RegulationRef(r.Id, r.Code, r.Name)).ToListAsync(ct);

    public Task<RegulationRef?> FindAsync(int regulationId, CancellationToken ct) =>
        db.Regulations.AsNoTracking().Where(r => r.Id == regulationId).Select(r => new RegulationRef(r.Id, r.Code, r.Name)).FirstOrDefaultAsync(ct);
}

/// <summary>The number of the application an assignment was granted on, for the assignment's card.</summary>
public sealed class AssignmentApplications(SobesDbContext db) : IAssignmentApplications
{
    public Task<string?> NumberAsync(long applicationId, CancellationToken ct) =>
        db.MeasureApplications.AsNoTracking().Where(x => x.Id == applicationId).Select(x => (string?)x.Number).FirstOrDefaultAsync(ct);
}
