using Microsoft.EntityFrameworkCore;
using Sobes.Domain.SocialServices;

namespace Sobes.Infrastructure.Persistence;

public partial class SobesDbContext
{
    public DbSet<SocialService> SocialServices => Set<SocialService>();
    public DbSet<ServiceTariff> ServiceTariffs => Set<ServiceTariff>();
    public DbSet<SubsistenceMinimum> SubsistenceMinimums => Set<SubsistenceMinimum>();
    public DbSet<FeeRule> FeeRules => Set<FeeRule>();

    public DbSet<ServiceApplication> ServiceApplications => Set<ServiceApplication>();
    public DbSet<HouseholdMember> HouseholdMembers => Set<HouseholdMember>();
    public DbSet<NeedRecognition> NeedRecognitions => Set<NeedRecognition>();
    public DbSet<IndividualProgramme> IndividualProgrammes => Set<IndividualProgramme>();
    public DbSet<ServiceContract> ServiceContracts => Set<ServiceContract>();
    public DbSet<UrgentServiceAct> UrgentServiceActs => Set<UrgentServiceAct>();

    public DbSet<DeliveredService> DeliveredServices => Set<DeliveredService>();
    public DbSet<ServiceAct> ServiceActs => Set<ServiceAct>();

    public DbSet<StateAssignment> StateAssignments => Set<StateAssignment>();
    public DbSet<AssignmentPart> AssignmentParts => Set<AssignmentPart>();
    public DbSet<AssignmentSection> AssignmentSections => Set<AssignmentSection>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorPlanValue> IndicatorPlanValues => Set<IndicatorPlanValue>();

    public DbSet<SatisfactionSurvey> SatisfactionSurveys => Set<SatisfactionSurvey>();
    public DbSet<QualityComplaint> QualityComplaints => Set<QualityComplaint>();
    public DbSet<ExternalInspection> ExternalInspections => Set<ExternalInspection>();
    public DbSet<WorkEntry> WorkEntries => Set<WorkEntry>();

    public DbSet<AssignmentReport> AssignmentReports => Set<AssignmentReport>();
}
