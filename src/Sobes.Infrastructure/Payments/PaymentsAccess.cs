using Sobes.Domain.Common;
using Sobes.Domain.Organisations;

namespace Sobes.Infrastructure.Payments;

/// <summary>
/// Who does what with payments. The payment work of a department is done by its «специалист по выплате» (seed 002 cl. 19.2–19.6,
/// 19.12–19.14), signed by the head and the chief accountant (cl. 19.7): so the department's specialist, head and accountant open and
/// compute periods and register returns and refunds; the head and the accountant sign; the accountant or the head closes. The ministry
/// reads every department's figures and pays nothing itself.
/// </summary>
public static class PaymentsAccess
{
    /// <summary>Roles that pass the write policy of the module; the services apply the finer rules below.</summary>
    public static readonly Role[] Writers = [Role.Specialist, Role.Head, Role.Accountant];

    public static void RequireWriter(UserContext user)
    {
        if (!user.IsIn(Writers) || user.SeesWholeRegion)
            throw new ForbiddenException("Выплату ведут специалист по выплате, бухгалтер и начальник управления социальной защиты.");
    }

    public static void RequireSigner(UserContext user)
    {
        if (!user.IsIn(Role.Head, Role.Accountant) || user.SeesWholeRegion)
            throw new ForbiddenException("Выплатные документы подписывают начальник управления и главный бухгалтер (п. 19.7 регламента).");
    }
}
