using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Guardianship.Seed;

/// <summary>
/// Demo guardianship register (seed 002): in Varna a prospective foster mother without a contract and three children in an institution
/// waiting
/// for a family (one under three, two at school — municipal and regional state), an existing foster family with two children since 2024;
/// in Kasli a child under guardianship and one in an institution. Fixed names, dates and SNILS, so every run gives the same register.
/// </summary>
internal sealed class GuardianshipDemo(SobesDbContext db)
{
    public const string Institution = "ГКУ «Центр помощи детям, оставшимся без попечения родителей» г. Челябинск";
    private const string SberBik = "047501602";
    private const string SberName = "Челябинское отделение № 8597 ПАО Сбербанк";
    // Below the ranges of the demo population (from 002 000 000) and of the tests (from 001 001 999), so they never collide.
    private int _snils = 1_000_100;
    private readonly List<Citizen> _people = [];
    private readonly List<(ChildInCare Child, Citizen Citizen)> _links = [];

    private sealed record Family(FosterContract Contract, Citizen Mother, Citizen Father, ChildInCare First, ChildInCare Second);

    public async Task<int> LoadAsync(CancellationToken ct)
    {
        var territories = await db.Territories.ToDictionaryAsync(t => t.Code, ct);
        var departments = await db.Organisations.Where(o => o.Kind == OrganisationKind.SocialProtectionDepartment && o.TerritoryId != null)
            .ToListAsync(ct);
        var varnaTerritory = territories["75617000"];
        var kasliTerritory = territories["75629000"];
        var varna = departments.FirstOrDefault(o => o.TerritoryId == varnaTerritory.Id);
        var kasli = departments.FirstOrDefault(o => o.TerritoryId == kasliTerritory.Id);
        if (varna is null || kasli is null) return 0;
        var priem = await db.CategoryKinds.Where(k => k.Code == "PRIEM").Select(k => k.Id).FirstAsync(ct);

        var varnaAddress = new Address
        {
            PostalCode = "457200", Region = varnaTerritory.Region, MunicipalDistrict = "Варненский муниципальный район", Settlement = "с. Варна",
        };
        var kasliAddress = new Address
        {
            PostalCode = "456830", Region = kasliTerritory.Region, MunicipalDistrict = "Каслинский муниципальный район", Settlement = "г. Касли",
        };
        var kuznetsova = Person(
            "Кузнецова",
            "Наталья",
            "Петровна",
            new(1981, 3, 14),
            Sex.Female,
            varnaTerritory.Id,
            At(varnaAddress, "ул. Кирова", "18", "3"),
            "40817810272900012614"
        );
        kuznetsova.Phone = "+7 912 315-44-07";
        var children = VarnaWaiting(varna, varnaTerritory.Id, varnaAddress);
        var family = VarnaFamily(varna, varnaTerritory.Id, varnaAddress, priem);
        children.Add(family.First);
        children.Add(family.Second);
        var (guardian, polina) = Kasli(kasli, kasliTerritory.Id, kasliAddress, children);

        db.Citizens.AddRange(_people);
        await db.SaveChangesAsync(ct);
        foreach (var (child, citizen) in _links) child.CitizenId = citizen.Id;
        family.Contract.FosterParentCitizenId = family.Mother.Id;
        family.Contract.SecondFosterParentCitizenId = family.Father.Id;
        polina.Placements[0].GuardianCitizenId = guardian.Id;
        db.FosterContracts.Add(family.Contract);
        db.ChildrenInCare.AddRange(children);
        await db.SaveChangesAsync(ct);
        await new FosterDemoPayments(db).CarryOverAsync(family.Contract, family.Mother, [Linked(family.First), Linked(family.Second)], ct);
        await db.SaveChangesAsync(ct);
        await AuditAsync(ct);
        return children.Count;
    }

    /// <summary>Varna: three children in an institution waiting for a family (one under three, two at school — municipal and regional
    /// state).</summary>
    private List<ChildInCare> VarnaWaiting(Organisation varna, int territory, Address address) =>
    [
        Child(Person("Смирнов", "Артём", "Игоревич", new(2024, 8, 15), Sex.Male, territory, At(address, "ул. Ленина", "7")), varna,
            CareAbsenceKind.CourtDecisionOnParents,
            "Решение Карталинского городского суда от 20.01.2025 по делу № 2-47/2025 о лишении родительских прав", new(2025, 1, 20),
            Stay(Institution, new(2025, 2, 10))),
        Child(Person("Смирнова", "Дарья", "Игоревна", new(2013, 5, 4), Sex.Female, territory, At(address, "ул. Ленина", "7")), varna,
            CareAbsenceKind.ParentsInCustody,
            "Справка ФКУ ИК-6 ГУФСИН России по Челябинской области № 74/ТО/52-118 от 14.01.2025 об отбывании наказания", new(2025, 1, 14),
            Stay(Institution, new(2025, 2, 10)),
            School("МОУ «Варненская СОШ № 1»", SchoolOwnership.Municipal, new(2020, 9, 1), "Справка МОУ «Варненская СОШ № 1» № 311 от 02.09.2025")),
        Child(Person("Волков", "Кирилл", "Андреевич", new(2008, 12, 10), Sex.Male, territory, At(address, "ул. Спартака", "25")), varna,
            CareAbsenceKind.ParentsDeathCertificates,
            "Свидетельства о смерти матери II-ИВ № 611482 от 03.04.2019 и отца II-ИВ № 702215 от 17.11.2024", new(2024, 11, 17),
            Stay(Institution, new(2025, 1, 15)),
            School("ОГБПОУ «Троицкий технологический техникум»", SchoolOwnership.RegionalState, new(2024, 9, 1),
                "Справка техникума № 1204 от 01.09.2025")),
    ];

    /// <summary>An existing foster family of Varna (contract since 2024) with two children.</summary>
    private Family VarnaFamily(Organisation varna, int territory, Address address, int priem)
    {
        var home = At(address, "ул. Магнитогорская", "41");
        var mother = Person("Белоусова", "Ольга", "Николаевна", new(1975, 6, 20), Sex.Female, territory, home, "40817810272900023715");
        var father = Person("Белоусов", "Сергей", "Викторович", new(1973, 2, 11), Sex.Male, territory, home.Copy());
        var contract = new FosterContract
        {
            Number = "3-ПС",
            ConcludedOn = new(2024, 3, 15),
            OrganisationId = varna.Id,
            GuardianshipBody = FosterContractConclusion.DefaultGuardianshipBody,
            From = new(2024, 3, 15),
            To = new(2030, 12, 31),
        };
        foreach (var p in new[] { mother, father })
            p.Categories.Add(new CitizenCategory
            {
                CategoryKindId = priem, DocumentType = "Договор о приёмной семье № 3-ПС от 15.03.2024", DocumentNumber = "3-ПС",
                DocumentIssueDate = contract.ConcludedOn, DocumentIssuer = contract.GuardianshipBody, ValidUntil = contract.To,
            });
        var ksenia = Child(Person("Ярцева", "Ксения", "Дмитриевна", new(2015, 7, 22), Sex.Female, territory, home.Copy()), varna,
            CareAbsenceKind.ParentsWanted, "Справка ОМВД России по Варненскому району № 56/1822 от 10.10.2023 о розыске родителей", new(2023, 10, 10),
            Stay(Institution, new(2023, 10, 12), new(2024, 3, 15)),
            School("МОУ «Варненская СОШ № 1»", SchoolOwnership.Municipal, new(2022, 9, 1), "Справка № 288 от 02.09.2025"));
        var maxim = Child(Person("Ярцев", "Максим", "Дмитриевич", new(2019, 1, 30), Sex.Male, territory, home.Copy()), varna,
            CareAbsenceKind.CourtFactOfAbandonment, "Решение Варненского районного суда от 01.12.2023 по делу № 2-611/2023", new(2023, 12, 1),
            Stay(Institution, new(2023, 12, 5), new(2024, 3, 15)));
        foreach (var c in new[] { ksenia, maxim })
            c.Placements.Add(new Placement { Kind = PlacementKind.FosterFamily, FosterContract = contract, From = contract.From });
        return new Family(contract, mother, father, ksenia, maxim);
    }

    /// <summary>Kasli: a girl under guardianship, her brother in an institution.</summary>
    private (Citizen Guardian, ChildInCare Ward) Kasli(Organisation kasli, int territory, Address address, List<ChildInCare> children)
    {
        var home = At(address, "ул. Лобашова", "12");
        var guardian = Person("Журавлёва", "Нина", "Александровна", new(1960, 9, 8), Sex.Female, territory, home, "40817810272900034816");
        var polina = Child(Person("Журавлёва", "Полина", "Сергеевна", new(2012, 10, 3), Sex.Female, territory, home.Copy()), kasli,
            CareAbsenceKind.MedicalReportOnParents,
            "Заключение ВК ГБУЗ «Областная клиническая специализированная психоневрологическая больница № 1» "
            + "№ 902 от 28.03.2022", new(2022, 3, 28),
            new Placement
            {
                Kind = PlacementKind.Guardianship, Details = "Постановление администрации Каслинского муниципального района № 412 от 12.04.2022",
                From = new(2022, 4, 12),
            });
        var timofey = Child(Person("Журавлёв", "Тимофей", "Сергеевич", new(2016, 2, 19), Sex.Male, territory, home.Copy()), kasli,
            CareAbsenceKind.MedicalReportOnParents, "Заключение ВК № 902 от 28.03.2022", new(2022, 3, 28),
            Stay("ГКУ «Центр помощи детям, оставшимся без попечения родителей» г. Касли", new(2022, 4, 5)));
        children.Add(polina);
        children.Add(timofey);
        return (guardian, polina);
    }

    private (ChildInCare Child, Citizen Citizen) Linked(ChildInCare child) => _links.Single(l => l.Child == child);

    private async Task AuditAsync(CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        db.AuditEntries.AddRange(
            _people.Select(c => new AuditEntry
            {
                AtUtc = now,
                UserLogin = "система",
                Action = AuditAction.Create,
                EntityType = nameof(Citizen),
                EntityId = c.Id.ToString(),
                CitizenId = c.Id,
                Summary = "Загружено из демонстрационного набора (опека): " + c.FullName,
            })
        );
        await db.SaveChangesAsync(ct);
    }

    private static Address At(Address place, string street, string house, string? flat = null)
    {
        var a = place.Copy();
        a.Street = street; a.House = house; a.Flat = flat;
        return a;
    }

    private Citizen Person(
        string surname,
        string name,
        string patronymic,
        DateOnly birth,
        Sex sex,
        int territory,
        Address address,
        string? account = null
    )
    {
        var nine = (_snils++).ToString("000000000");
        var adult = birth.AddYears(14) <= new DateOnly(2026, 11, 1);
        var c = new Citizen
        {
            Surname = surname,
            Name = name,
            Patronymic = patronymic,
            BirthDate = birth,
            Sex = sex,
            Snils = nine + Snils.ComputeChecksum(nine).ToString("00"),
            RegistrationAddress = address,
            ActualAddress = address.Copy(),
            TerritoryId = territory,
            CreatedAtUtc = DateTime.UtcNow,
            UpdatedAtUtc = DateTime.UtcNow,
            Version = 1,
            IdentityDocument = adult
                ? new IdentityDocument
                {
                    Type = "Паспорт гражданина Российской Федерации",
                    Series = "75 " + (birth.Year % 100).ToString("00"),
                    Number = (400000 + _snils % 100000).ToString(),
                    IssueDate = birth.AddYears(20).AddDays(12),
                    Issuer = "ГУ МВД России по Челябинской области",
                }
                : new IdentityDocument
                {
                    Type = "Свидетельство о рождении",
                    Series = "IV-ИВ",
                    Number = (700000 + _snils % 100000).ToString(),
                    IssueDate = birth.AddDays(14),
                    Issuer = "Отдел ЗАГС администрации муниципального района",
                },
        };
        if (account is not null)
        {
            var acc = account[..8] + BankAccountKey.ComputeKey(SberBik, account) + account[9..];
            c.PaymentDetails = new PaymentDetails { Method = PaymentMethod.Bank, Bik = SberBik, BankName = SberName, Account = acc };
        }
        c.RefreshSearchKeys();
        _people.Add(c);
        return c;
    }

    private ChildInCare Child(
        Citizen citizen,
        Organisation org,
        CareAbsenceKind kind,
        string document,
        DateOnly documentDate,
        Placement placement,
        Schooling? school = null
    )
    {
        var child = new ChildInCare
        {
            OrganisationId = org.Id, RegisteredOn = documentDate.AddDays(5), CareAbsenceKind = kind, CareAbsenceDocument = document,
            CareAbsenceDocumentDate = documentDate,
        };
        _links.Add((child, citizen));
        child.Placements.Add(placement);
        if (school is not null) child.Schooling.Add(school);
        return child;
    }

    private static Placement Stay(string institution, DateOnly from, DateOnly? leftOn = null) => new()
    {
        Kind = PlacementKind.Institution, Details = institution, From = from, LeftOn = leftOn,
        LeftReason = leftOn is null ? null : "передан в приёмную семью по договору № 3-ПС", LeftRegisteredOn = leftOn,
    };

    private static Schooling School(string name, SchoolOwnership ownership, DateOnly from, string certificate) =>
        new() { School = name, Ownership = ownership, From = from, Certificate = certificate };
}
