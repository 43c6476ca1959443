using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Applications;

namespace Sobes.Infrastructure.Persistence;

public partial class SobesDbContext
{
    public DbSet<AdministrativeRegulation> Regulations => Set<AdministrativeRegulation>();
    public DbSet<RegulationDocument> RegulationDocuments => Set<RegulationDocument>();
    public DbSet<RegulationStep> RegulationSteps => Set<RegulationStep>();
    public DbSet<RefusalGround> RefusalGrounds => Set<RefusalGround>();
    public DbSet<MeasureApplication> MeasureApplications => Set<MeasureApplication>();
    public DbSet<ApplicationItem> ApplicationItems => Set<ApplicationItem>();
    public DbSet<SubmittedDocument> SubmittedDocuments => Set<SubmittedDocument>();
    public DbSet<InteragencyRequest> InteragencyRequests => Set<InteragencyRequest>();
    public DbSet<OralAppeal> OralAppeals => Set<OralAppeal>();
}
