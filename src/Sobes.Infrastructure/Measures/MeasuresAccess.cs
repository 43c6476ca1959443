using Sobes.Domain.Common;
using Sobes.Domain.Organisations;

namespace Sobes.Infrastructure.Measures;

/// <summary>Who may do what with measures, applications and assignments. The services check these; the API policies gate by role first.</summary>
public static class MeasuresAccess
{
    /// <summary>Roles that pass the write policy of the module; the services apply the finer rules below.</summary>
    public static readonly Role[] Writers = [Role.Administrator, Role.Specialist, Role.Head, Role.Accountant];

    /// <summary>
    /// Measures, their dated amounts and parameters and the regulations are set by acts of the region:
    /// entered by the administrator or a head of the ministry (a head who sees the whole region).
    /// </summary>
    public static bool IsCatalogueEditor(UserContext user) => user.Role == Role.Administrator || (user.Role == Role.Head && user.SeesWholeRegion);

    public static void RequireCatalogueEditor(UserContext user)
    {
        if (!IsCatalogueEditor(user))
            throw new ForbiddenException(
                "Меры поддержки, их размеры и регламенты вносит администратор или руководитель министерства по нормативному акту."
            );
    }

    /// <summary>Casework on applications (intake, documents, requests, draft decision): a specialist or head of a department.</summary>
    public static readonly Role[] CaseWorkers = [Role.Specialist, Role.Head];

    public static void RequireCaseWorker(UserContext user)
    {
        if (!user.IsIn(CaseWorkers) || user.SeesWholeRegion)
            throw new ForbiddenException("Заявления принимает и рассматривает специалист или руководитель управления социальной защиты.");
    }

    /// <summary>The decision is signed by the head of the department (seed 002 cl. 16.2).</summary>
    public static void RequireSigner(UserContext user)
    {
        if (user.Role != Role.Head || user.SeesWholeRegion)
            throw new ForbiddenException("Решение подписывает начальник управления (его заместитель) — п. 16.2 регламента.");
    }

    /// <summary>The Ministry checks a refusal is well-founded before its copy goes to the applicant (seed 002 cl. 17.2): an inspector or
    /// head of the ministry.</summary>
    public static readonly Role[] RefusalCheckers = [Role.Inspector, Role.Head];

    public static void RequireRefusalChecker(UserContext user)
    {
        if (!user.IsIn(RefusalCheckers) || !user.SeesWholeRegion)
            throw new ForbiddenException(
                "Обоснованность отказа проверяет Министерство (п. 17.2 регламента): инспектор или руководитель министерства."
            );
    }

    /// <summary>Stops, suspensions and recalculations of assignments: the department's specialists, head and accountant.</summary>
    public static readonly Role[] AssignmentWriters = [Role.Specialist, Role.Head, Role.Accountant];

    public static void RequireAssignmentWriter(UserContext user)
    {
        if (!user.IsIn(AssignmentWriters) || user.SeesWholeRegion)
            throw new ForbiddenException("Выплату приостанавливает, возобновляет и прекращает управление, которое её назначило.");
    }
}
