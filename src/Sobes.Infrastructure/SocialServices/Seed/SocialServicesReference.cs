using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Seeding;

namespace Sobes.Infrastructure.SocialServices;

/// <summary>
/// Reference data of the social services module: the catalogue (by the 442-ФЗ kinds), the seed 004 tariffs, the fee rule
/// and Chelyabinsk oblast's subsistence minimums. Every amount is dated and names its act; demo values say so.
/// </summary>
public static class SocialServicesReference
{
    public const string DemoMark = "ДЕМОНСТРАЦИОННОЕ ЗНАЧЕНИЕ — не из нормативного акта; замените тарифом, утверждённым в регионе";

    /// <summary>The catalogue by form of service (and, for the long forms, by kind of service), in the order of the seed.</summary>
    public static SocialService[] Catalogue() =>
        [
            .. AtHomeHouseholdAndMedical(),
            .. AtHomeRehabilitation(),
            .. SemiStationaryServices(),
            .. StationaryHouseholdAndMedical(),
            .. StationaryRehabilitation(),
            .. UrgentServices(),
        ];

    private static SocialService[] AtHomeHouseholdAndMedical() =>
        [
            S(
                "1.1.1",
                "Покупка за счёт средств получателя социальных услуг и доставка на дом продуктов питания, промышленных товаров первой необходимости",
                ServiceForm.AtHome,
                ServiceType.Household,
                "услуга",
                40
            ),
            S("1.1.2", "Помощь в приготовлении пищи", ServiceForm.AtHome, ServiceType.Household, "услуга", 30),
            S(
                "1.1.3",
                "Оплата за счёт средств получателя социальных услуг жилищно-коммунальных услуг и услуг связи",
                ServiceForm.AtHome,
                ServiceType.Household,
                "услуга",
                30
            ),
            S(
                "1.1.4",
                "Сдача за счёт средств получателя социальных услуг вещей в стирку, химчистку, ремонт, обратная их доставка",
                ServiceForm.AtHome,
                ServiceType.Household,
                "услуга",
                30
            ),
            S(
                "1.1.5",
                "Покупка за счёт средств получателя социальных услуг топлива, топка печей, обеспечение водой (в жилых помещениях " +
                    "без центрального отопления и (или) водоснабжения)",
                ServiceForm.AtHome,
                ServiceType.Household,
                "услуга",
                45
            ),
            S("1.1.6", "Уборка жилых помещений", ServiceForm.AtHome, ServiceType.Household, "услуга", 60),
            S(
                "1.2.1",
                "Выполнение процедур, связанных с наблюдением за состоянием здоровья получателей социальных услуг (измерение " +
                    "температуры тела, артериального давления, контроль за приёмом лекарств)",
                ServiceForm.AtHome,
                ServiceType.Medical,
                "услуга",
                15
            ),
            S(
                "1.2.2",
                "Содействие в получении медицинской помощи, в том числе запись на приём к врачу, сопровождение в медицинскую организацию",
                ServiceForm.AtHome,
                ServiceType.Medical,
                "услуга",
                60
            ),
        ];

    private static SocialService[] AtHomeRehabilitation() =>
        [
            S(
                "1.3.1",
                "Социально-психологическое консультирование, в том числе по вопросам внутрисемейных отношений",
                ServiceForm.AtHome,
                ServiceType.Psychological,
                "услуга",
                30
            ),
            S("1.3.2", "Социально-психологический патронаж", ServiceForm.AtHome, ServiceType.Psychological, "услуга", 30),
            S(
                "1.4.1",
                "Оказание помощи в оформлении и восстановлении документов получателей социальных услуг",
                ServiceForm.AtHome,
                ServiceType.Legal,
                "услуга",
                30
            ),
            S(
                "1.4.2",
                "Оказание помощи в получении юридических услуг, в том числе бесплатно",
                ServiceForm.AtHome,
                ServiceType.Legal,
                "услуга",
                30
            ),
        ];

    private static SocialService[] SemiStationaryServices() =>
        [
            S(
                "2.1.1",
                "Обеспечение питанием согласно утверждённым нормативам (полустационарное обслуживание)",
                ServiceForm.SemiStationary,
                ServiceType.Household,
                "услуга",
                20
            ),
            S(
                "2.3.1",
                "Социально-психологическое консультирование (полустационарное обслуживание)",
                ServiceForm.SemiStationary,
                ServiceType.Psychological,
                "услуга",
                30
            ),
            S(
                "2.4.1",
                "Организация досуга и отдыха, формирование позитивных интересов (полустационарное обслуживание)",
                ServiceForm.SemiStationary,
                ServiceType.Pedagogical,
                "услуга",
                60
            ),
        ];

    private static SocialService[] StationaryHouseholdAndMedical() =>
        [
            S(
                "3.1.1",
                "Предоставление площади жилых помещений, питания, мягкого инвентаря согласно утверждённым нормативам",
                ServiceForm.Stationary,
                ServiceType.Household,
                "койко-день",
                null
            ),
            S(
                "3.1.2",
                "Уборка жилых помещений и стирка белья (стационарное обслуживание)",
                ServiceForm.Stationary,
                ServiceType.Household,
                "услуга",
                30
            ),
            S(
                "3.2.1",
                "Выполнение процедур, связанных с сохранением здоровья получателей социальных услуг",
                ServiceForm.Stationary,
                ServiceType.Medical,
                "услуга",
                15
            ),
        ];

    private static SocialService[] StationaryRehabilitation() =>
        [
            S(
                "3.3.1",
                "Социально-психологическое консультирование (стационарное обслуживание)",
                ServiceForm.Stationary,
                ServiceType.Psychological,
                "услуга",
                30
            ),
            S(
                "3.4.1",
                "Социально-педагогическая коррекция, включая диагностику и консультирование",
                ServiceForm.Stationary,
                ServiceType.Pedagogical,
                "услуга",
                30
            ),
            S(
                "3.5.1",
                "Проведение мероприятий по использованию остаточных трудовых возможностей и обучению доступным профессиональным навыкам",
                ServiceForm.Stationary,
                ServiceType.Labour,
                "услуга",
                45
            ),
            S(
                "3.6.1",
                "Оказание помощи в оформлении и восстановлении документов (стационарное обслуживание)",
                ServiceForm.Stationary,
                ServiceType.Legal,
                "услуга",
                30
            ),
            S(
                "3.7.1",
                "Обучение инвалидов пользованию средствами ухода и техническими средствами реабилитации",
                ServiceForm.Stationary,
                ServiceType.CommunicationPotential,
                "услуга",
                30
            ),
        ];

    private static SocialService[] UrgentServices() =>
        [
            S("4.1", "Обеспечение бесплатным горячим питанием или наборами продуктов", ServiceForm.Urgent, ServiceType.Urgent, "услуга", null),
            S(
                "4.2",
                "Обеспечение одеждой, обувью и другими предметами первой необходимости",
                ServiceForm.Urgent,
                ServiceType.Urgent,
                "услуга",
                null
            ),
            S("4.3", "Содействие в получении временного жилого помещения", ServiceForm.Urgent, ServiceType.Urgent, "услуга", null),
            S(
                "4.4",
                "Содействие в получении юридической помощи в целях защиты прав и законных интересов получателей социальных услуг",
                ServiceForm.Urgent,
                ServiceType.Urgent,
                "услуга",
                null
            ),
            S(
                "4.5",
                "Содействие в получении экстренной психологической помощи с привлечением к этой работе психологов и священнослужителей",
                ServiceForm.Urgent,
                ServiceType.Urgent,
                "услуга",
                null
            ),
        ];

    /// <summary>Tariffs beyond the two of seed 004 (which come from its JSON): stationary and semi-stationary ones are demo values.</summary>
    public static ServiceTariff[] DemoTariffs(IReadOnlyDictionary<string, SocialService> byCode) =>
        [
            new()
            {
                SocialService = byCode["3.1.1"],
                Kind = TariffKind.Tariff,
                ValidFrom = new(2015, 1, 1),
                Price = 450m,
                Unit = TariffUnit.PerUnit,
                LegalAct = DemoMark,
                Text = "Стоимость одного койко-дня (проживание, питание, мягкий инвентарь)",
            },
            new()
            {
                Form = ServiceForm.Stationary,
                Kind = TariffKind.Tariff,
                ValidFrom = new(2015, 1, 1),
                Price = 67.6m,
                Unit = TariffUnit.PerHour,
                LegalAct = DemoMark,
                Text = "Стоимость часа прочих услуг в стационарной форме — принята равной тарифу на дому из сида 004",
            },
            new()
            {
                Form = ServiceForm.SemiStationary,
                Kind = TariffKind.Tariff,
                ValidFrom = new(2015, 1, 1),
                Price = 67.6m,
                Unit = TariffUnit.PerHour,
                LegalAct = DemoMark,
                Text = "Стоимость часа в полустационарной форме — принята равной тарифу на дому из сида 004",
            },
        ];

    public static FeeRule[] FeeRules() =>
        [
            new()
            {
                Region = Sobes.Domain.Registry.HomeRegion.Name,
                ValidFrom = new(2015, 1, 1),
                FreeIncomeLimitMultiplier = 1.5m,
                HomeFeeShareOfExcess = 0.5m,
                StationaryFeeShareOfIncome = 0.75m,
                LegalBasis =
                    "Федеральный закон от 28.12.2013 № 442-ФЗ, ст. 31 ч. 5 (полуторная величина прожиточного минимума), ст. 32 ч. 4–5 (50 % и 75 %); "
                    + "региональные значения не выше федеральных границ",
            },
        ];

    /// <summary>Chelyabinsk oblast's subsistence minimum: quarterly in 2014–2015 (applied from the day of the Governor's resolution),
    /// yearly from 2021.</summary>
    public static SubsistenceMinimum[] SubsistenceMinimums() =>
        [
            .. M(
                new(2014, 7, 15),
                "Постановление Губернатора Челябинской области от 15.07.2014 № 449 (II квартал 2014 года)",
                8014,
                8574,
                6616,
                8190
            ),
            .. M(
                new(2015, 1, 30),
                "Постановление Губернатора Челябинской области от 30.01.2015 № 17 (IV квартал 2014 года)",
                7944,
                8511,
                6599,
                8018
            ),
            .. M(
                new(2025, 1, 1),
                "Постановление Правительства Челябинской области от 09.09.2024 № 516-П (на 2025 год)",
                16314,
                17782,
                14030,
                15825
            ),
            .. M(
                new(2026, 1, 1),
                "Постановление Правительства Челябинской области о величине прожиточного минимума на 2026 год (октябрь 2025 г.; по " +
                    "сообщениям СМИ, номер акта уточнить)",
                17424,
                18992,
                14985,
                16901
            ),
        ];

    private static IEnumerable<SubsistenceMinimum> M(
        DateOnly from,
        string act,
        decimal perCapita,
        decimal working,
        decimal pensioners,
        decimal children
    ) =>
        [
            new()
            {
                Region = Sobes.Domain.Registry.HomeRegion.Name,
                Group = SubsistenceGroup.PerCapita,
                ValidFrom = from,
                Amount = perCapita,
                LegalAct = act,
            },
            new()
            {
                Region = Sobes.Domain.Registry.HomeRegion.Name,
                Group = SubsistenceGroup.WorkingAge,
                ValidFrom = from,
                Amount = working,
                LegalAct = act,
            },
            new()
            {
                Region = Sobes.Domain.Registry.HomeRegion.Name,
                Group = SubsistenceGroup.Pensioners,
                ValidFrom = from,
                Amount = pensioners,
                LegalAct = act,
            },
            new()
            {
                Region = Sobes.Domain.Registry.HomeRegion.Name,
                Group = SubsistenceGroup.Children,
                ValidFrom = from,
                Amount = children,
                LegalAct = act,
            },
        ];

    private static SocialService S(string code, string name, ServiceForm form, ServiceType type, string unit, int? norm) =>
        new() { Code = code, Name = name, Form = form, Type = type, Unit = unit, TimeNormMinutes = norm };
}
