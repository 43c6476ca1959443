using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Persistence;

/// <summary>What the generator draws from: the seeded territories with their departments, the catalogue's monthly measures and parameters.</summary>
sealed class Region
{
    public required DateOnly Month { get; init; }
    public required int Citizens { get; init; }
    public required District[] Districts { get; init; }
    /// <summary>Monthly money measures, each repeated by its weight (a region has far more labour veterans than foster families).</summary>
    public required Measure[] MeasurePool { get; init; }
    public required List<MeasureParameter> Parameters { get; init; }
    private readonly Dictionary<(int, int, int, int), AmountResult> amounts = [];

    public sealed record District(int TerritoryId, int OrganisationId, string Name, int Weight, string[] Settlements, int PostIndexFrom);

    public sealed record Bank(string Bik, string Name);

    /// <summary>Banks of the region's recipients: real БИК of Chelyabinsk credit institutions (the control key is computed for each
    /// account).</summary>
    public static readonly Bank[] Banks =
    [
        new("047501602", "Челябинское отделение № 8597 ПАО Сбербанк"),
        new("047501602", "Челябинское отделение № 8597 ПАО Сбербанк"),
        new("047501602", "Челябинское отделение № 8597 ПАО Сбербанк"),
        new("047501779", "ПАО «Челябинвестбанк»"),
        new("047501711", "ПАО «Челиндбанк»"),
        new("047501929", "Филиал Банка ВТБ (ПАО) в г. Челябинске"),
        new("044525214", "ПАО «Почта Банк»"),
    ];

    private static readonly Dictionary<string, int> Weights = new()
    {
        ["EDV-VT"] = 30, ["EDV-ZHKU"] = 20, ["EDV-VTCHO"] = 8, ["POSOB-REB"] = 12, ["SUBS-ZHKU"] = 8, ["EDV-TT"] = 2, ["EDV-REAB"] = 3,
        ["SVYAZ-TEL"] = 4, ["MNOG-ZHKU"] = 4, ["EDV-3-7"] = 4, ["EDV-3REB"] = 2, ["EDV-2REB"] = 2,
    };

    public static async Task<Region> LoadAsync(SobesDbContext db, DateOnly month, int citizens)
    {
        var departments = await db
            .Organisations.Where(o => o.Kind == OrganisationKind.SocialProtectionDepartment && o.TerritoryId != null)
            .Join(
                db.Territories,
                o => o.TerritoryId,
                t => t.Id,
                (o, t) =>
                    new
                    {
                        o.Id,
                        t.Code,
                        t.Name,
                        TerritoryId = t.Id,
                    }
            )
            .OrderBy(x => x.TerritoryId)
            .ToListAsync();
        var districts = departments
            .Select(d =>
                d.Code switch
                {
                    "75701000" => new District(d.TerritoryId, d.Id, d.Name, 60, ["г. Челябинск"], 454000),
                    "75629000" => new District(
                        d.TerritoryId,
                        d.Id,
                        d.Name,
                        15,
                        ["г. Касли", "пос. Вишневогорск", "с. Багаряк", "пос. Береговой"],
                        456830
                    ),
                    "75617000" => new District(
                        d.TerritoryId,
                        d.Id,
                        d.Name,
                        13,
                        ["с. Варна", "пос. Новый Урал", "с. Катенино", "пос. Красный Октябрь"],
                        457200
                    ),
                    _ => new District(d.TerritoryId, d.Id, d.Name, 12, ["с. Кунашак", "с. Халитово", "пос. Муслюмово"], 456730),
                }
            )
            .ToArray();
        var measures = await db.Measures.AsNoTracking().Include(m => m.Amounts)
            .Where(m => m.Kind == MeasureKind.Monthly && m.AmountRule != AmountRuleKind.None && m.IsActive).OrderBy(m => m.Id).ToListAsync();
        var region = new Region
        {
            Month = month, Citizens = citizens, Districts = districts, Parameters = await db.MeasureParameters.AsNoTracking().ToListAsync(),
            MeasurePool = measures.SelectMany(m => Enumerable.Repeat(m, Weights.GetValueOrDefault(m.Code, 1))).ToArray(),
        };
        return region;
    }

    public District DistrictOf(long citizenId)
    {
        var h = new Hash((ulong)citizenId * 31 + 7);
        var r = h.Next(Districts.Sum(d => d.Weight));
        foreach (var d in Districts) { if (r < d.Weight) return d; r -= d.Weight; }
        return Districts[^1];
    }

    /// <summary>The amount on the start date (every dated value of the catalogue is older than the generated starts, so one period
    /// suffices); null if the territory lacks a parameter of the measure.</summary>
    public AmountResult? AmountOf(Measure m, int territoryId, int children, int increment, decimal? documented)
    {
        var key = (m.Id, territoryId, children, increment);
        if (m.AmountRule != AmountRuleKind.Documented && amounts.TryGetValue(key, out var cached)) return cached;
        AmountResult? result;
        try
        {
            result = AmountCalculator.Compute(
                m,
                new AmountContext(Month, children, increment, documented, AmountCalculator.ParametersOn(Parameters, territoryId, Month))
            );
        }
        catch (Sobes.Domain.Common.DomainValidationException) { result = null; }
        if (m.AmountRule != AmountRuleKind.Documented) amounts[key] = result!;
        return result;
    }
}

sealed class CitizenSpec : ISpec<CitizenSpec>
{
    private static readonly string[] Surnames =
    [
        "Иванов",
        "Петров",
        "Сидоров",
        "Кузнецов",
        "Смирнов",
        "Попов",
        "Соколов",
        "Лебедев",
        "Козлов",
        "Новиков",
        "Морозов",
        "Волков",
        "Алексеев",
        "Лазарев",
        "Семёнов",
        "Егоров",
        "Павлов",
        "Степанов",
        "Николаев",
        "Орлов",
        "Андреев",
        "Макаров",
        "Никитин",
        "Захаров",
        "Зайцев",
        "Соловьёв",
        "Борисов",
        "Яковлев",
        "Григорьев",
        "Романов",
        "Шарипов",
        "Галиев",
        "Хабибуллин",
        "Юсупов",
        "Ахметов",
    ];
    private static readonly string[] Male =
    [
        "Александр",
        "Сергей",
        "Владимир",
        "Андрей",
        "Алексей",
        "Дмитрий",
        "Николай",
        "Иван",
        "Михаил",
        "Евгений",
        "Юрий",
        "Виктор",
        "Олег",
        "Павел",
        "Анатолий",
        "Игорь",
    ];
    private static readonly string[] Female =
    [
        "Анна",
        "Мария",
        "Елена",
        "Ольга",
        "Татьяна",
        "Наталья",
        "Ирина",
        "Светлана",
        "Людмила",
        "Галина",
        "Валентина",
        "Нина",
    ];
    private static readonly string[] Fathers =
    [
        "Александров",
        "Сергеев",
        "Владимиров",
        "Андреев",
        "Николаев",
        "Иванов",
        "Михайлов",
        "Викторов",
        "Петров",
        "Юрьев",
    ];
    private static readonly string[] Streets =
    [
        "ул. Ленина",
        "ул. Советская",
        "ул. Мира",
        "ул. Гагарина",
        "ул. Кирова",
        "ул. Школьная",
        "ул. Победы",
        "ул. Труда",
    ];

    public long Id;
    public string Surname = "", Name = "", Patronymic = "", Snils = "", Settlement = "", Street = "", House = "", PostIndex = "";
    public DateOnly BirthDate;
    public Sex Sex;
    public int TerritoryId;
    public PaymentMethod Method;
    public Region.Bank? Bank;
    public string? Account;

    public static CitizenSpec Of(int i, Region region)
    {
        var h = new Hash((ulong)i * 2 + 1);
        var d = region.DistrictOf(i);
        var female = h.Next(100) < 60;
        var surname = h.Pick(Surnames);
        var nine = (100_000_000 + i).ToString();
        var c = new CitizenSpec
        {
            Id = i, Sex = female ? Sex.Female : Sex.Male, Surname = female ? surname + "а" : surname, Name = female ? h.Pick(Female) : h.Pick(Male),
            Patronymic = h.Pick(Fathers) + (female ? "на" : "ич"), BirthDate = new DateOnly(1935, 1, 1).AddDays(h.Next(25_000)),
            Snils = nine + Sobes.Domain.Registry.Snils.ComputeChecksum(nine).ToString("00"), TerritoryId = d.TerritoryId,
            Settlement = h.Pick(d.Settlements), Street = h.Pick(Streets), House = (1 + h.Next(150)).ToString(),
            PostIndex = (d.PostIndexFrom + h.Next(d.PostIndexFrom == 454000 ? 140 : 6)).ToString(),
            Method = MethodOf(i),
        };
        if (c.Method == PaymentMethod.Bank)
        {
            c.Bank = h.Pick(Region.Banks);
            // 408 17 810 K 7990 NNNNNNN: a personal rouble deposit account; K is the control key against the BIK.
            var account = "40817810" + "0" + "7990" + i.ToString("0000000");
            c.Account = account[..8] + BankAccountKey.ComputeKey(c.Bank.Bik, account) + account[9..];
        }
        return c;
    }

    /// <summary>About 70 % are paid to a bank account, the rest through the post (seed 002 cl. 19: «Сберкасса» and «Поручение»).</summary>
    public static PaymentMethod MethodOf(long citizenId) =>
        new Hash((ulong)citizenId * 2 + 1).Next(100) < 70 ? PaymentMethod.Bank : PaymentMethod.Post;
}

sealed class AssignmentSpec : ISpec<AssignmentSpec>
{
    public long Id, CitizenId;
    public string Number = "";
    public Measure Measure = null!;
    public int OrganisationId, TerritoryId, Children = 1, ChildrenWithIncrement;
    public DateOnly DecidedOn, StartsOn;
    public DateOnly? EndsOn;
    public PaymentMethod Method;
    public decimal? DocumentedSum;
    public AmountResult Amount = null!;

    /// <summary>
    /// Assignment i: the first million go one to each citizen, the rest to citizens drawn at random (a second measure).
    /// 90 % were decided before the month and pay it whole; 5 % start within the month (pro rata); 5 % were decided this month
    /// for a start one to four months back, so the month pays the arrears as well.
    /// </summary>
    public static AssignmentSpec Of(int i, Region region)
    {
        var h = new Hash((ulong)i * 2 + 0x5EED);
        var citizens = region.Citizens;
        long citizen = i <= citizens ? i : 1 + h.Next(citizens);
        var d = region.DistrictOf(citizen);
        var a = new AssignmentSpec
        {
            Id = i, CitizenId = citizen, OrganisationId = d.OrganisationId, TerritoryId = d.TerritoryId, Method = CitizenSpec.MethodOf(citizen),
            Children = 1 + h.Next(3),
        };
        a.ChildrenWithIncrement = h.Next(4) == 0 ? 1 : 0;
        AmountResult? amount = null;
        for (var attempt = 0; amount is null; attempt++)
        {
            a.Measure = attempt < 5 ? h.Pick(region.MeasurePool) : region.MeasurePool[0];
            a.DocumentedSum = a.Measure.AmountRule == AmountRuleKind.Documented ? 300 + h.Next(370_000) / 100m : null;
            amount = region.AmountOf(a.Measure, a.TerritoryId, a.Children, a.ChildrenWithIncrement, a.DocumentedSum);
        }
        a.Amount = amount;

        var month = region.Month;
        var scenario = h.Next(100);
        var fixedMonths = a.Measure.EndRule == PaymentEndRule.FixedMonths ? a.Measure.DurationMonths ?? 6 : (int?)null;
        if (scenario < 90)
        {
            var back = fixedMonths is { } n ? 1 + h.Next(n * 30 - 30) : 1 + h.Next(700);
            a.DecidedOn = month.AddDays(-back);
            a.StartsOn =
                a.Measure.StartRule == PaymentStartRule.FromEventDate
                    ? a.DecidedOn.AddDays(-h.Next(20))
                    : new DateOnly(a.DecidedOn.Year, a.DecidedOn.Month, 1);
        }
        else if (scenario < 95)
        {
            a.DecidedOn = month.AddDays(h.Next(20));
            a.StartsOn = a.DecidedOn;
        }
        else
        {
            a.DecidedOn = month.AddDays(h.Next(20));
            a.StartsOn = month.AddMonths(-1 - h.Next(4)).AddDays(h.Next(27));
        }
        a.EndsOn = fixedMonths is { } months ? a.StartsOn.AddMonths(months).AddDays(-1)
            : a.Measure.EndRule == PaymentEndRule.Indefinite ? null
            // Children come of age and contracts end every day: about 1 % of these end within the month.
            : h.Next(100) == 0 ? month.AddDays(h.Next(27)) : month.AddMonths(1).AddDays(h.Next(3650));
        a.Number = $"Н-{a.DecidedOn.Year}-{i:0000000}";
        return a;
    }
}
