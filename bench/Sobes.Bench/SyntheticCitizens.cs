using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Registry;

/// <summary>Plausible citizens in bulk: real name lists, valid СНИЛС, addresses in a few settlements.</summary>
static class SyntheticCitizens
{
    static readonly string[] Surnames =
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
    static readonly string[] Names =
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
        "Роман",
        "Артём",
        "Максим",
        "Денис",
    ];
    static readonly string[] Settlements = ["г. Касли", "пос. Вишневогорск", "с. Багаряк", "с. Варна", "г. Челябинск", "с. Кунашак"];
    static readonly string[] Streets = ["ул. Ленина", "ул. Советская", "ул. Мира", "ул. Гагарина", "ул. Кирова", "ул. Школьная"];

    public static async Task<List<Citizen>> LoadAsync(Args opts, List<int> territories)
    {
        var rnd = new Random(42);
        var samples = new List<Citizen>();
        var used = new HashSet<long>();
        const int batch = 10_000;
        for (var done = 0; done < opts.Citizens; done += batch)
        {
            await using var db = opts.CreateContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var list = new List<Citizen>(batch);
            for (var i = 0; i < Math.Min(batch, opts.Citizens - done); i++)
            {
                long nine;
                do nine = rnd.NextInt64(2_000_000, 999_999_999); while (!used.Add(nine));
                var n9 = nine.ToString("000000000");
                var c = new Citizen
                {
                    Surname = Surnames[rnd.Next(Surnames.Length)],
                    Name = Names[rnd.Next(Names.Length)],
                    Patronymic = Names[rnd.Next(Names.Length)] + "ович",
                    BirthDate = new DateOnly(1930, 1, 1).AddDays(rnd.Next(0, 33000)),
                    Sex = Sex.Male,
                    Snils = n9 + Snils.ComputeChecksum(n9).ToString("00"),
                    TerritoryId = territories[rnd.Next(territories.Count)],
                    RegistrationAddress = new Address
                    {
                        Settlement = Settlements[rnd.Next(Settlements.Length)],
                        Street = Streets[rnd.Next(Streets.Length)],
                        House = rnd.Next(1, 120).ToString(),
                    },
                    CreatedAtUtc = DateTime.UtcNow,
                    UpdatedAtUtc = DateTime.UtcNow,
                    Version = 1,
                };
                c.ActualAddress = c.RegistrationAddress.Copy();
                c.RefreshSearchKeys();
                list.Add(c);
            }
            db.Citizens.AddRange(list);
            await db.SaveChangesAsync();
            foreach (var c in list.Where((_, i) => i % 1000 == 0)) if (c.TerritoryId == territories[0]) samples.Add(c);
        }
        return samples;
    }
}
