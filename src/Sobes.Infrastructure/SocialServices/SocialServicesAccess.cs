using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.SocialServices;

/// <summary>Who may do what in the social services module, and which rows a user sees.</summary>
public static class SocialServicesAccess
{
    /// <summary>Record services, decide, plan and report: the centre's and the department's staff.</summary>
    public static readonly Role[] Writers = [Role.Administrator, Role.Specialist, Role.Head];

    /// <summary>
    /// Tariffs, the catalogue and the subsistence minimum are set by acts of the region (442-ФЗ ст. 8 п. 8–11):
    /// entered by the administrator or the head of the ministry (a head who sees the whole region); a district head only reads them.
    /// </summary>
    public static readonly Role[] ReferenceEditors = [Role.Administrator, Role.Head];

    /// <summary>
    /// The provider of social services concludes the contract (442-ФЗ ст. 17), delivers the services and draws up the acts (ст. 12 ч. 1):
    /// a specialist or head of a social services centre. The authorised body (УСЗН), the ministry and the administrator are no providers.
    /// </summary>
    public static readonly Role[] ProviderRoles = [Role.Specialist, Role.Head];

    public const string NotProviderMessage =
        "Договор, отметки об оказанных услугах и акты оформляет поставщик социальных услуг (ст. 12, 17 442-ФЗ): специалист или руководитель КЦСОН.";

    /// <summary>The founder's desk review of execution reports: an inspector or head of the ministry (a user who sees the whole region).</summary>
    public static readonly Role[] Reviewers = [Role.Inspector, Role.Head];

    public static void RequireWriter(UserContext user)
    {
        if (!user.IsIn(Writers)) throw new ForbiddenException("Ваша роль не позволяет вносить данные социального обслуживания.");
    }

    public static bool IsReferenceEditor(UserContext user) => user.Role == Role.Administrator || (user.Role == Role.Head && user.SeesWholeRegion);

    public static void RequireReferenceEditor(UserContext user)
    {
        if (!IsReferenceEditor(user))
            throw new ForbiddenException(
                "Перечень услуг, тарифы и прожиточный минимум устанавливает субъект РФ (ст. 8 442-ФЗ): их вносит администратор или " +
                    "руководитель министерства."
            );
    }

    /// <summary>Whether the user acts for a provider of social services: a specialist or head of an organisation of kind «КЦСОН».</summary>
    public static async Task<bool> IsProviderAsync(this SobesDbContext db, UserContext user, CancellationToken ct = default) =>
        user.IsIn(ProviderRoles) &&
        await db.Organisations.AsNoTracking().AnyAsync(o => o.Id == user.OrganisationId && o.Kind == OrganisationKind.SocialServiceCentre, ct);

    public static async Task RequireProviderAsync(this SobesDbContext db, UserContext user, CancellationToken ct = default)
    {
        if (!await db.IsProviderAsync(user, ct)) throw new ForbiddenException(NotProviderMessage);
    }

    public static bool IsReviewer(UserContext user) => user.SeesWholeRegion && user.IsIn(Reviewers);

    public static void RequireReviewer(UserContext user)
    {
        if (!IsReviewer(user))
            throw new ForbiddenException("Камеральную проверку отчёта проводит учредитель: инспектор или руководитель министерства.");
    }

    public static async Task<string> RegionOfAsync(this SobesDbContext db, int organisationId, CancellationToken ct)
    {
        var region = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => o.Territory == null ? null : o.Territory.Region).FirstOrDefaultAsync(ct);
        return region ?? Sobes.Domain.Registry.HomeRegion.Name;
    }

    public static ValidationError Error(string field, string message) => new(field, message);
}

/// <summary>Settings of the module (section "SocialServices" of the configuration).</summary>
public sealed class SocialServicesOptions
{
    /// <summary>Deviation of the percent of plan from the expected percent allowed without a stated reason, in percentage points.</summary>
    public decimal DeviationTolerancePercentagePoints { get; set; } = 5m;
    /// <summary>Reports due within this many days are shown as reminders.</summary>
    public int ReminderDays { get; set; } = 30;
}
