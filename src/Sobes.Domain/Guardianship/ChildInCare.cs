using Sobes.Domain.Common;

namespace Sobes.Domain.Guardianship;

/// <summary>The document confirming that a child is left without parental care: the eight kinds of seed 002 cl. 10.1 subcl. 7.</summary>
public enum CareAbsenceKind
{
    ParentsDeathCertificates = 1,
    CourtDecisionOnParents = 2,
    FoundChildDocument = 3,
    ParentsConsentToAdoption = 4,
    ParentsInCustody = 5,
    MedicalReportOnParents = 6,
    CourtFactOfAbandonment = 7,
    ParentsWanted = 8,
}

public static class CareAbsenceKindNames
{
    public static string Russian(this CareAbsenceKind k) =>
        k switch
        {
            CareAbsenceKind.ParentsDeathCertificates => "Свидетельства о смерти родителей",
            CareAbsenceKind.CourtDecisionOnParents =>
                "Решение суда о лишении (ограничении) родительских прав, признании родителей недееспособными, "
                    + "безвестно отсутствующими или умершими",
            CareAbsenceKind.FoundChildDocument => "Документ об обнаружении найденного (подкинутого) ребёнка",
            CareAbsenceKind.ParentsConsentToAdoption => "Заявление родителей о согласии на усыновление ребёнка, находящегося в учреждении",
            CareAbsenceKind.ParentsInCustody => "Документ о нахождении родителей под стражей или отбывании наказания в виде лишения свободы",
            CareAbsenceKind.MedicalReportOnParents =>
                "Медицинское заключение о заболеваниях родителей, препятствующих выполнению родительских обязанностей",
            CareAbsenceKind.CourtFactOfAbandonment => "Решение суда об установлении факта оставления ребёнка без попечения родителей",
            CareAbsenceKind.ParentsWanted => "Справка органов внутренних дел о розыске родителей",
            _ => throw new ArgumentOutOfRangeException(nameof(k), k, null),
        };

    /// <summary>«п. 10.1 подп. 7, вид 3» — the place of the kind in the seed's list.</summary>
    public static string Clause(this CareAbsenceKind k) => $"п. 10.1 подп. 7, вид {(int)k}";
}

/// <summary>
/// A child left without parental care on the guardianship register of a department (учёт детей, оставшихся без попечения родителей):
/// the child is a citizen of the registry; this record holds what guardianship needs — the document confirming the absence of parental
/// care,
/// the health status that raises the foster parent's remuneration, schooling and where the child has lived.
/// </summary>
public class ChildInCare
{
    public long Id { get; set; }
    public long CitizenId { get; set; }
    public int OrganisationId { get; set; }
    public DateOnly RegisteredOn { get; set; }
    public CareAbsenceKind CareAbsenceKind { get; set; }
    /// <summary>Number, date and issuer as written on the document.</summary>
    public string CareAbsenceDocument { get; set; } = "";
    public DateOnly? CareAbsenceDocumentDate { get; set; }
    /// <summary>Disabled child (ребёнок-инвалид) from this date: +20 % of the base of the remuneration (seed 002 cl. 4).</summary>
    public DateOnly? DisabledFrom { get; set; }
    /// <summary>Child with limited health abilities (ОВЗ) from this date: the same +20 %.</summary>
    public DateOnly? LimitedHealthFrom { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }

    public List<Schooling> Schooling { get; set; } = [];
    public List<Placement> Placements { get; set; } = [];

    /// <summary>
    /// A placement in an institution or with a guardian from <paramref name="placement"/>'s day (already checked): an open institution
    /// placement that began before ends on that day.
    /// </summary>
    public void Place(Placement placement, DateOnly today)
    {
        CloseInstitution(placement.From,
            placement.Kind == PlacementKind.Institution ? "переведён в другое учреждение" : "передан под опеку (попечительство)", today);
        Placements.Add(placement);
        Version++;
    }

    /// <summary>Closes an open institution placement that began before the child moved (LeftOn: the day of the move).</summary>
    public void CloseInstitution(DateOnly movedOn, string reason, DateOnly today)
    {
        foreach (var p in Placements.Where(p => p.Kind == PlacementKind.Institution && p.From < movedOn && (p.LeftOn is null || p.LeftOn > movedOn)
                                                && (p.PlannedUntil is null || p.PlannedUntil >= movedOn)))
        {
            p.LeftOn = movedOn;
            p.LeftReason = reason;
            p.LeftRegisteredOn = today;
        }
    }
}

/// <summary>Who runs the school: only regional state and municipal schools give the free-travel payment (seed 002 cl. 4, 10.1 subcl.
/// 6).</summary>
public enum SchoolOwnership { RegionalState = 1, Municipal = 2, Federal = 3, Private = 4 }

public static class SchoolOwnershipNames
{
    public static string Russian(this SchoolOwnership o) => o switch
    {
        SchoolOwnership.RegionalState => "областное государственное",
        SchoolOwnership.Municipal => "муниципальное",
        SchoolOwnership.Federal => "федеральное",
        SchoolOwnership.Private => "частное",
        _ => throw new ArgumentOutOfRangeException(nameof(o), o, null),
    };

    public static bool GivesFreeTravel(this SchoolOwnership o) => o is SchoolOwnership.RegionalState or SchoolOwnership.Municipal;
}

/// <summary>A span of schooling confirmed by a certificate of the school (справка об учёбе, seed 002 cl. 10.1 subcl. 6).</summary>
public class Schooling
{
    public long Id { get; set; }
    public long ChildInCareId { get; set; }
    public string School { get; set; } = "";
    public SchoolOwnership Ownership { get; set; }
    public DateOnly From { get; set; }
    /// <summary>Last day of schooling; null while it lasts.</summary>
    public DateOnly? To { get; set; }
    public string Certificate { get; set; } = "";

    public bool Covers(DateOnly day) => day >= From && (To is null || day <= To);

    /// <summary>Schooling ends on its last day <paramref name="to"/>; once.</summary>
    public void End(DateOnly? to)
    {
        if (to is not { } last) throw new DomainValidationException([new("to", "Укажите последний день обучения.")]);
        if (last < From) throw new DomainValidationException([new("to", "Обучение не может окончиться раньше начала.")]);
        if (To is not null) throw new ConflictException("Обучение уже окончено.", "to");
        To = last;
    }
}
