using Sobes.Domain.Applications;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Infrastructure.Documents;
using static Sobes.Infrastructure.Documents.DocxWriter;

namespace Sobes.Infrastructure.Applications;

/// <summary>The printed forms of an application: the notice (seed 002 cl. 18.1), the decision (protocol, cl. 14.4, 16.2) and the refusal
/// (cl. 17.3).</summary>
public static partial class ApplicationForms
{
    public static byte[] Notice(ApplicationDetails d)
    {
        var a = d.Application;
        var w = new DocxWriter();
        Letterhead(w, d);
        w.Heading("УВЕДОМЛЕНИЕ")
            .Paragraph("о назначении мер социальной поддержки", align: Align.Center)
            .Paragraph($"№ {a.DecisionNumber} от {a.DecidedOn:dd.MM.yyyy}", align: Align.Center)
            .Empty()
            .Field("Кому", d.Applicant.FullName)
            .Field("Адрес", Address(d))
            .Empty()
            .Paragraph(
                $"Уважаемый(ая) {d.Applicant.Name} {d.Applicant.Patronymic}! Сообщаем, что по Вашему заявлению № {a.Number} от " +
                    $"{a.RegisteredOn:dd.MM.yyyy} "
                    + $"решением № {a.DecisionNumber} от {a.DecidedOn:dd.MM.yyyy} Вам назначено:"
            );
        var granted = d.Items.Where(i => i.Item.Outcome == ItemOutcome.Grant).ToList();
        w.Table(
            ["Мера социальной поддержки", "На кого", "Размер", "Период", "Сроки выплаты"],
            granted.Select(i =>
                (IReadOnlyList<string>)[i.Measure.Name, i.ChildName ?? "заявитель", Amount(i), Schedule(i), PaymentDates(i)]
            ),
            [30, 16, 14, 18, 22]
        );
        w.Paragraph($"Способ выплаты: {a.PaymentMethod.Russian()} — {d.Applicant.PaymentDetails}.");
        foreach (var r in d.Items.Where(i => i.Item.Outcome == ItemOutcome.Refuse))
            w.Paragraph(
                $"В назначении «{r.Measure.ShortName}» отказано: решение об отказе № {r.Item.RefusalNumber} от " +
                    $"{a.DecidedOn:dd.MM.yyyy} направляется Вам с представленными документами."
            );
        w.Paragraph("О наступлении обстоятельств, влекущих прекращение выплаты, необходимо сообщить в управление социальной защиты населения.");
        w.Empty()
            .Field("Специалист", d.NameOf(a.PreparedByUserId))
            .Field("Начальник управления", d.NameOf(a.SignedByUserId));
        return w.Build();
    }

    public static byte[] Decision(ApplicationDetails d)
    {
        var a = d.Application;
        var w = new DocxWriter();
        Letterhead(w, d);
        w.Heading(a.DecisionNumber is null ? "ПРОЕКТ РЕШЕНИЯ (ПРОТОКОЛА)" : $"РЕШЕНИЕ (ПРОТОКОЛ) № {a.DecisionNumber}")
            .Paragraph($"о предоставлении государственной услуги «{d.Regulation.Name}»", align: Align.Center)
            .Paragraph(a.DecidedOn is { } on ? $"от {on:dd.MM.yyyy}" : "", align: Align.Center)
            .Empty()
            .Field("Заявитель", $"{d.Applicant.FullName}, {d.Applicant.BirthDate:dd.MM.yyyy} г. р., СНИЛС {d.Applicant.SnilsFormatted}")
            .Field("Адрес", Address(d))
            .Field("Заявление", $"№ {a.Number} от {a.RegisteredOn:dd.MM.yyyy}; документы полные с {a.DocumentsCompleteOn:dd.MM.yyyy}")
            .Field("Способ выплаты", $"{a.PaymentMethod.Russian()} — {d.Applicant.PaymentDetails}")
            .Empty()
            .Paragraph("Решено:", bold: true);
        w.Table(
            ["Мера и основание", "На кого", "Решение", "Размер и расчёт", "Период"],
            d.Items.Select(i =>
                (IReadOnlyList<string>)
                    [
                        i.Measure.Name
                            + (
                                i.Measure.Bases.Count > 0
                                    ? " ("
                                        + string.Join("; ", i.Measure.Bases.Select(b => $"{b.Article} {b.LegalAct?.Citation}".Trim()))
                                        + ")"
                                    : ""
                            ),
                        i.ChildName is null ? "заявитель" : $"{i.ChildName}, {i.ChildBirthDate:dd.MM.yyyy} г. р.",
                        i.Item.Outcome == ItemOutcome.Refuse
                            ? $"Отказать ({i.Item.RefusalGround?.Text}; {i.Item.RefusalGround?.LegalReference}); решение № {i.Item.RefusalNumber}"
                            : i.Item.Outcome.Russian(),
                        i.Item.Outcome == ItemOutcome.Grant ? $"{Amount(i)}; {i.Item.AmountBasis}" : "—",
                        i.Item.Outcome == ItemOutcome.Grant ? Period(i.Item) : "—",
                    ]
            ),
            [30, 18, 17, 20, 15]
        );
        w.Field("Проект подготовил", Signed(d.NameOf(a.PreparedByUserId), a.PreparedOn))
            .Field("Контрольная проверка, виза (п. 15.2–15.3)", Signed(d.NameOf(a.VisaByUserId), a.VisaOn))
            .Field("Решение подписал (п. 16.2)", Signed(d.NameOf(a.SignedByUserId), a.DecidedOn));
        return w.Build();
    }

    /// <summary>One refusal decision per refused measure, each with every element of seed 002 cl. 17.3.</summary>
    public static byte[] Refusal(ApplicationDetails d, long? itemId = null)
    {
        var a = d.Application;
        var w = new DocxWriter();
        var refused = d.Items.Where(i => i.Item.RefusalNumber is not null && (itemId is null || i.Item.Id == itemId)).ToList();
        for (var k = 0; k < refused.Count; k++)
        {
            var i = refused[k];
            if (k > 0) w.PageBreak();
            Letterhead(w, d);
            w.Heading($"РЕШЕНИЕ № {i.Item.RefusalNumber} от {a.DecidedOn:dd.MM.yyyy}")
                .Paragraph("об отказе в назначении денежных средств", align: Align.Center)
                .Empty()
                .Field("Заявитель", d.Applicant.FullName)
                .Field("Адрес заявителя", Address(d))
                .Field("Вид денежной выплаты", i.Measure.Name)
                .Field("Ребёнок", i.ChildName is null ? "—" : $"{i.ChildName}, дата рождения {i.ChildBirthDate:dd.MM.yyyy}")
                .Field("Заявление", $"подано {a.RegisteredOn:dd.MM.yyyy}, регистрационный № {a.Number}")
                .Field("Причина отказа", i.Item.RefusalGround?.Text + (i.Item.RefusalDetails is { } x ? $" ({x})" : ""))
                .Field("Основание (нормативный правовой акт)", i.Item.RefusalGround?.LegalReference)
                .Paragraph("Порядок обжалования:", bold: true)
                .Paragraph(
                    $"Решение может быть обжаловано в досудебном (внесудебном) порядке: жалоба подаётся в письменной форме в {d.Department.Name} "
                        + $"или в вышестоящий орган (орган местного самоуправления, министерство социальных отношений) и " +
                            $"рассматривается в течение {d.Regulation.ComplaintAnswerDays} дней со дня её регистрации"
                        + (d.Regulation.ComplaintClause.Length > 0 ? $" ({d.Regulation.ComplaintClause})" : "")
                        + ". Решение может быть также обжаловано в суд в порядке, установленном законодательством Российской Федерации."
                )
                .Paragraph("Представленные документы:", bold: true)
                .Table(
                    ["Документ", "Принят", "Отметка о возврате заявителю"],
                    a.Documents.OrderBy(x => x.ReceivedOn)
                        .Select(x =>
                            (IReadOnlyList<string>)
                                [
                                    (x.RegulationDocument?.Name ?? "") + (x.Details.Length > 0 ? $" ({x.Details})" : ""),
                                    $"{x.ReceivedOn:dd.MM.yyyy}, {x.Source.Russian()}",
                                    ReturnMark(d, x),
                                ]
                        ),
                    [55, 20, 25]
                )
                .Paragraph(TwoCopies(d))
                .Field("Специалист", d.NameOf(a.PreparedByUserId))
                .Field("Начальник управления", d.NameOf(a.SignedByUserId));
        }
        return w.Build();
    }

    /// <summary>Cl. 17.3 last element: the documents submitted with the mark of their return.</summary>
    private static string ReturnMark(ApplicationDetails d, SubmittedDocument x) =>
        x.Source == DocumentSource.Interagency ? "получен по запросу, не возвращается"
        : x.ReturnedToApplicant ? "возвращён заявителю" + (d.Application.RefusalSentOn is { } sent ? $" {sent:dd.MM.yyyy}" : "")
        : d.Items.Any(i => i.Item.Outcome == ItemOutcome.Grant) ? "оставлен в личном деле (назначены другие меры)"
        : "подлежит возврату заявителю вместе с решением";

    /// <summary>Cl. 17.2: two copies; the second goes to the applicant, after the Ministry's check where the regulation requires it.</summary>
    private static string TwoCopies(ApplicationDetails d)
    {
        var a = d.Application;
        var text =
            "Решение оформлено в двух экземплярах: первый остаётся в управлении социальной защиты населения, второй направляется " +
                "заявителю со всеми представленными документами";
        if (d.Regulation.RefusalCheckedByMinistry)
            text +=
                a.RefusalCheck == RefusalCheckState.Confirmed
                    ? $" после проверки обоснованности Министерством (обоснованность подтверждена {a.RefusalCheckedOn:dd.MM.yyyy}, " +
                        $"{d.NameOf(a.RefusalCheckedByUserId)})"
                    : " после проверки его обоснованности Министерством (п. 17.2 регламента)";
        return text + (a.RefusalSentOn is { } sent ? $". Направлено заявителю {sent:dd.MM.yyyy}." : ".");
    }

    private static void Letterhead(DocxWriter w, ApplicationDetails d)
    {
        w.Paragraph(d.Department.Name, bold: true, align: Align.Center);
        if (d.Department.Address is { Length: > 0 } address) w.Paragraph(address, align: Align.Center);
        w.Empty();
    }

    internal static string Address(ApplicationDetails d) =>
        d.Applicant.RegistrationAddress.IsEmpty ? d.Applicant.ActualAddress.ToString() : d.Applicant.RegistrationAddress.ToString();

    private static string Amount(ItemView i) => i.Item.Amount is { } x
        ? RussianFormat.Money(x) + (i.Measure.Kind == MeasureKind.Monthly ? " в месяц" : "")
        : "—";

    public static string Period(ApplicationItem item) =>
        item.PeriodFrom is not { } from ? "—"
        : item.PeriodTo is { } to ? (to == from ? $"{from:dd.MM.yyyy}" : $"с {from:dd.MM.yyyy} по {to:dd.MM.yyyy}")
        : $"с {from:dd.MM.yyyy} бессрочно";

    private static string Schedule(ItemView i) => i.Measure.Kind switch
    {
        MeasureKind.Monthly => $"ежемесячно {Period(i.Item)}",
        MeasureKind.Yearly => $"ежегодно {Period(i.Item)}",
        _ => $"единовременно, {Period(i.Item).Replace("с ", "за период с ")}",
    };

    /// <summary>
    /// When the money is paid (cl. 18.1: «сроки выплаты»). The department keeps no payment calendar in the system, so the notice states the
    /// usual rule of a monthly payment period: the payment for a month is made from the 1st to the 25th of the next one.
    /// </summary>
    public const string MonthlyPaymentDates = "ежемесячно, в период с 1 по 25 число месяца, следующего за месяцем, за который производится выплата";

    private static string PaymentDates(ItemView i) => i.Measure.Kind switch
    {
        MeasureKind.Monthly => MonthlyPaymentDates,
        MeasureKind.Yearly => "ежегодно, в период с 1 по 25 число месяца, следующего за месяцем, в котором возникло право на выплату",
        _ => "единовременно, в период с 1 по 25 число месяца, следующего за месяцем принятия решения",
    };

    private static string Signed(string? name, DateOnly? on) => name is null ? "—" : $"{name}, {on:dd.MM.yyyy}";
}
