using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Registry.Seed;

/// <summary>
/// A deterministic demo population: pensioners, couples, families with children (some large),
/// guardians with wards, with categories, documents and payment details. Same seed, same people.
/// </summary>
internal sealed class DemoPopulation(SobesDbContext db)
{
    private static readonly DateOnly Today = new(2026, 11, 1);
    private const string SberBik = "047501602";
    private const string SberName = "Челябинское отделение № 8597 ПАО Сбербанк";

    private readonly Random _rnd = new(20261124);
    private readonly HashSet<string> _snils = [];
    private Dictionary<string, int> _kinds = [];
    private readonly List<Citizen> _all = [];

    public async Task<int> LoadAsync(CancellationToken ct)
    {
        _kinds = await db.CategoryKinds.ToDictionaryAsync(k => k.Code, k => k.Id, ct);
        var territories = await db.Territories.ToDictionaryAsync(t => t.Code, t => t.Id, ct);
        Populate(territories["75629000"], "Каслинский муниципальный район", "Каслинского", DemoNames.Kasli, households: 115);
        Populate(territories["75617000"], "Варненский муниципальный район", "Варненского", DemoNames.Varna, households: 40);
        db.Citizens.AddRange(_all);
        await db.SaveChangesAsync(ct);
        var now = DateTime.UtcNow;
        db.AuditEntries.AddRange(_all.Select(c => new AuditEntry
        {
            AtUtc = now, UserLogin = "система", Action = AuditAction.Create, EntityType = nameof(Citizen),
            EntityId = c.Id.ToString(), CitizenId = c.Id, Summary = "Загружено из демонстрационного набора: " + c.FullName,
        }));
        await db.SaveChangesAsync(ct);
        return _all.Count;
    }

    private void Populate(
        int territoryId,
        string district,
        string districtGenitive,
        (string Settlement, string Index, string[] Streets)[] places,
        int households
    )
    {
        for (var h = 0; h < households; h++)
        {
            var place = places[h % 3 == 0 ? 0 : _rnd.Next(places.Length)];
            var address = new Address
            {
                PostalCode = place.Index, Region = HomeRegion.Name, MunicipalDistrict = district, Settlement = place.Settlement,
                Street = Pick(place.Streets), House = _rnd.Next(1, 120).ToString(), Flat = _rnd.Next(3) == 0 ? _rnd.Next(1, 60).ToString() : null,
            };
            var ctx = new Household(territoryId, address, districtGenitive);
            var roll = _rnd.Next(100);
            if (roll < 30) SinglePensioner(ctx);
            else if (roll < 48) ElderlyCouple(ctx);
            else if (roll < 90) FamilyWithChildren(ctx);
            else GuardianWithWards(ctx);
        }
    }

    private sealed record Household(int TerritoryId, Address Address, string DistrictGenitive);

    private void SinglePensioner(Household h)
    {
        var male = _rnd.Next(3) == 0;
        var p = Person(h, Pick(DemoNames.Surnames), male, Age(62, 92), Pick(DemoNames.MaleNames));
        PensionerCategories(p);
        Pay(p, post: _rnd.Next(10) < 4, h);
    }

    private void ElderlyCouple(Household h)
    {
        var surname = Pick(DemoNames.Surnames);
        var husband = Person(h, surname, true, Age(62, 85), Pick(DemoNames.MaleNames));
        var wife = Person(h, surname, false, husband.BirthDate.AddYears(_rnd.Next(-1, 5)).AddDays(_rnd.Next(300)), Pick(DemoNames.MaleNames));
        Tie(husband, wife, FamilyRelation.Spouse, husband.BirthDate.AddYears(23));
        PensionerCategories(husband);
        PensionerCategories(wife);
        Pay(husband, post: false, h);
        Pay(wife, post: _rnd.Next(2) == 0, h);
    }

    private void FamilyWithChildren(Household h)
    {
        var surname = Pick(DemoNames.Surnames);
        var fatherName = Pick(DemoNames.MaleNames);
        var father = Person(h, surname, true, Age(26, 47), Pick(DemoNames.MaleNames), fatherName);
        var mother = Person(h, surname, false, father.BirthDate.AddYears(_rnd.Next(0, 5)).AddDays(_rnd.Next(300)), Pick(DemoNames.MaleNames));
        Tie(father, mother, FamilyRelation.Spouse, father.BirthDate.AddYears(24));
        var children = _rnd.Next(100) switch { < 30 => 1, < 65 => 2, < 88 => 3, < 96 => 4, _ => 5 };
        var youngest = Math.Max(0, Today.Year - mother.BirthDate.Year - 40);
        var kids = new List<Citizen>();
        for (var i = 0; i < children; i++)
        {
            var male = _rnd.Next(2) == 0;
            var kid = Person(h, surname, male, Age(youngest, 17), Pick(male ? DemoNames.MaleNames : DemoNames.FemaleNames), fatherName);
            Tie(father, kid, FamilyRelation.Child, kid.BirthDate);
            Tie(mother, kid, FamilyRelation.Child, kid.BirthDate);
            if (_rnd.Next(25) == 0) Category(kid, "CHINV", "Справка МСЭ", validYears: 2);
            kids.Add(kid);
        }
        for (var i = 0; i < kids.Count; i++)
            for (var j = i + 1; j < kids.Count; j++) Tie(kids[i], kids[j], FamilyRelation.Sibling, null);
        if (children >= 3)
        {
            Category(father, "MNOG", "Удостоверение многодетной семьи", validYears: 5);
            Category(mother, "MNOG", "Удостоверение многодетной семьи", validYears: 5);
        }
        if (_rnd.Next(12) == 0) Category(father, "VBD", "Удостоверение ветерана боевых действий");
        if (_rnd.Next(15) == 0) Category(mother, "MALO", "Справка о признании семьи малоимущей", validYears: 1);
        Pay(mother, post: false, h);
        Pay(father, post: false, h);
    }

    private void GuardianWithWards(Household h)
    {
        var guardian = Person(h, Pick(DemoNames.Surnames), _rnd.Next(4) == 0, Age(38, 62), Pick(DemoNames.MaleNames));
        var foster = _rnd.Next(2) == 0;
        Category(guardian, foster ? "PRIEM" : "OPEK", foster ? "Договор о приёмной семье" : "Постановление администрации о назначении опекуна");
        for (var i = 0; i < _rnd.Next(1, 4); i++)
        {
            var male = _rnd.Next(2) == 0;
            var ward = Person(h, Pick(DemoNames.Surnames), male, Age(2, 16), Pick(male ? DemoNames.MaleNames : DemoNames.FemaleNames));
            Tie(guardian, ward, FamilyRelation.Ward, Today.AddYears(-_rnd.Next(1, 4)));
            Category(ward, "DOST", "Решение суда о лишении родителей родительских прав");
        }
        Pay(guardian, post: false, h);
    }

    private void PensionerCategories(Citizen p)
    {
        var r = _rnd.Next(100);
        if (p.BirthDate.Year <= 1931) Category(p, "TT", "Удостоверение о праве на льготы");
        if (r < 45) Category(p, "VT", "Удостоверение ветерана труда");
        else if (r < 60) Category(p, "VTCHO", "Удостоверение «Ветеран труда Челябинской области»");
        if (_rnd.Next(100) < 18) Category(p, Pick(["INV1", "INV2", "INV3", "INV2", "INV3"]), "Справка МСЭ");
        if (_rnd.Next(100) < 3) Category(p, "REAB", "Свидетельство о праве на льготы реабилитированного лица");
        if (_rnd.Next(100) < 3) Category(p, "MAYAK", "Удостоверение (ПО «Маяк»)");
    }

    private Citizen Person(Household h, string surname, bool male, DateOnly birth, string name, string? fatherName = null)
    {
        var c = new Citizen
        {
            Surname = male ? surname : DemoNames.Feminine(surname),
            Name =
                male && DemoNames.FemaleNames.Contains(name)
                    ? Pick(DemoNames.MaleNames)
                    : (!male && DemoNames.MaleNames.Contains(name) ? Pick(DemoNames.FemaleNames) : name),
            Patronymic = DemoNames.Patronymic(fatherName ?? Pick(DemoNames.MaleNames), male),
            BirthDate = birth,
            Sex = male ? Sex.Male : Sex.Female,
            Snils = NewSnils(),
            RegistrationAddress = h.Address.Copy(),
            ActualAddress = h.Address.Copy(),
            TerritoryId = h.TerritoryId,
            CreatedAtUtc = DateTime.UtcNow,
            UpdatedAtUtc = DateTime.UtcNow,
            Version = 1,
        };
        c.RefreshSearchKeys();
        var age = c.AgeOn(Today);
        c.IdentityDocument = IdentityOf(birth, age, h);
        if (age >= 18) c.Phone = $"+7 9{_rnd.Next(10, 99)} {_rnd.Next(100, 999)}-{_rnd.Next(10, 99)}-{_rnd.Next(10, 99)}";
        if (age < 14)
            c.Documents.Add(
                new CitizenDocument
                {
                    Type = "Свидетельство о рождении",
                    Series = c.IdentityDocument.Series,
                    Number = c.IdentityDocument.Number,
                    IssueDate = c.IdentityDocument.IssueDate,
                    Issuer = c.IdentityDocument.Issuer,
                }
            );
        _all.Add(c);
        return c;
    }

    /// <summary>A passport from 14 (issued again at 20 and 45), a birth certificate before.</summary>
    private IdentityDocument IdentityOf(DateOnly birth, int age, Household h) =>
        age >= 14
            ? new IdentityDocument
            {
                Type = "Паспорт гражданина Российской Федерации",
                Series = $"75 {_rnd.Next(0, 25):00}",
                Number = _rnd.Next(100000, 999999).ToString(),
                IssueDate = birth
                    .AddYears(
                        age >= 45 ? 45
                        : age >= 20 ? 20
                        : 14
                    )
                    .AddDays(_rnd.Next(10, 60)),
                Issuer = "ГУ МВД России по Челябинской области",
            }
            : new IdentityDocument
            {
                Type = "Свидетельство о рождении",
                Series = "IV-ИВ",
                Number = _rnd.Next(100000, 999999).ToString(),
                IssueDate = birth.AddDays(_rnd.Next(5, 30)),
                Issuer = $"Отдел ЗАГС администрации {h.DistrictGenitive} муниципального района",
            };

    private void Pay(Citizen c, bool post, Household h)
    {
        if (post) { c.PaymentDetails = new PaymentDetails { Method = PaymentMethod.Post, PostOfficeIndex = h.Address.PostalCode }; return; }
        var account = "40817810" + "0" + "7290" + _rnd.Next(1000000, 9999999);
        account = account[..8] + BankAccountKey.ComputeKey(SberBik, account) + account[9..];
        c.PaymentDetails = new PaymentDetails { Method = PaymentMethod.Bank, Bik = SberBik, BankName = SberName, Account = account };
    }

    private void Category(Citizen c, string code, string document, int? validYears = null)
    {
        var issued = Max(c.BirthDate.AddYears(c.AgeOn(Today) >= 18 ? 18 : 0), Today.AddYears(-_rnd.Next(0, 12))).AddDays(-_rnd.Next(0, 200));
        c.Categories.Add(
            new CitizenCategory
            {
                CategoryKindId = _kinds[code],
                DocumentType = document,
                DocumentSeries = code is "VT" or "VBD" ? "АА" : null,
                DocumentNumber = _rnd.Next(100000, 999999).ToString(),
                DocumentIssueDate = issued,
                DocumentIssuer = code is "INV1" or "INV2" or "INV3" or "CHINV"
                    ? "ФКУ «ГБ МСЭ по Челябинской области»"
                    : "Министерство социальных отношений Челябинской области",
                ValidUntil = validYears is { } y ? issued.AddYears(y) : null,
            }
        );
    }

    private static void Tie(Citizen a, Citizen b, FamilyRelation relation, DateOnly? since) =>
        a.FamilyTies.Add(new FamilyTie { Relative = b, Relation = relation, Since = since is { } s && s <= Today ? s : null });

    private DateOnly Age(int minYears, int maxYears) =>
        Today.AddYears(-_rnd.Next(minYears, maxYears + 1)).AddDays(-_rnd.Next(0, 365));

    private string NewSnils()
    {
        while (true)
        {
            var nine = _rnd.Next(2_000_000, 999_999_999).ToString("000000000");
            var full = nine + Snils.ComputeChecksum(nine).ToString("00");
            if (_snils.Add(full)) return full;
        }
    }

    private T Pick<T>(T[] items) => items[_rnd.Next(items.Length)];
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
