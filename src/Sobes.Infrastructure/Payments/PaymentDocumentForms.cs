using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Payments;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Documents;

namespace Sobes.Infrastructure.Payments;

/// <summary>A bank (by BIK) or a post office (by index); a post counterpart without a code is the post as a whole (почтамт).</summary>
public sealed record Counterpart(PaymentMethod Method, string? Code, string Name)
{
    /// <summary>For file names: short, without the quotes and slashes bank names carry.</summary>
    public string FileKey => Method == PaymentMethod.Bank ? $"банк БИК {Code}" : Code is null ? "почтамт" : $"ОПС {Code}";
    public string Title =>
        Method == PaymentMethod.Bank ? $"{Name} (БИК {Code})"
        : Code is null ? "УФПС «Почта России» (почтамт), все отделения почтовой связи"
        : $"Отделение почтовой связи {Code}";
}

/// <summary>A one-time line with what its forms need: the measure, and for the post the address and the identity document.</summary>
public sealed record OneTimeRow(Accrual Line, string Measure, string Address, string Passport);

/// <summary>The document's issuer: the department and the period.</summary>
public sealed record DocumentHeader(string Organisation, string? Inn, PaymentPeriod Period, DateOnly MadeOn);

/// <summary>A reconciliation act of one counterpart, with the dated rate it used.</summary>
public sealed record CounterpartAct(Counterpart Counterpart, ReconciliationAct Act, DateOnly? RateFrom, string? RateNote);

/// <summary>
/// The print forms of seed 002 cl. 19.4–19.5, 19.9–19.11, 19.15: the journals of one-time payments (.xlsx), one-time orders for the post,
/// payment orders and reconciliation acts (.docx). Pure: the caller gives the rows.
/// </summary>
public static class PaymentDocumentForms
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string JournalTitle(PaymentMethod m) =>
        m == PaymentMethod.Post ? "Журнал учёта разовых поручений" : "Журнал учёта разовых выплат через кредитные учреждения";

    public static string KindText(Accrual l, MeasureKind measure) => l.Kind == AccrualKind.Regular
        ? measure switch { MeasureKind.OneTime => "единовременная выплата", MeasureKind.Yearly => "ежегодная выплата", _ => "компенсация" }
        : Accrual.Russian(l.Kind);

    public static byte[] OneTimeJournal(DocumentHeader h, PaymentMethod method, IReadOnlyList<(OneTimeRow Row, string Kind)> rows)
    {
        var sheet = new List<Dictionary<string, object?>>
        {
            XlsxSheet.Row($"{JournalTitle(method)} за {h.Period.Title}"),
            XlsxSheet.Row($"{h.Organisation}. Разовые выплаты: единовременные и ежегодные меры, доплаты за прошлые месяцы, перерасчёты, "
                + "повторные выплаты возвратов (п. 19.4, 19.5 регламента)."),
            XlsxSheet.Row(""),
            XlsxSheet.Row("№ п/п", "Лицевой счёт (назначение)", "Фамилия, имя, отчество", "Мера поддержки", "За период", "Вид выплаты", "Сумма, ₽",
                method == PaymentMethod.Post ? "Отделение почтовой связи" : "Банк (БИК), номер счёта", "Отметка о выплате"),
        };
        var n = 0;
        foreach (var group in rows.GroupBy(r => method == PaymentMethod.Post ? r.Row.Line.PostOfficeIndex : r.Row.Line.Bik))
        {
            foreach (var (r, kind) in group)
                sheet.Add(
                    XlsxSheet.Row(
                        ++n,
                        r.Line.AssignmentNumber,
                        r.Line.RecipientName,
                        r.Measure,
                        RussianFormat.MonthShort(r.Line.ForMonth),
                        kind,
                        r.Line.ToPay,
                        method == PaymentMethod.Post ? r.Line.PostOfficeIndex : $"{r.Line.BankName} (БИК {r.Line.Bik}), {r.Line.Account}",
                        null
                    )
                );
            sheet.Add(
                XlsxSheet.Row(
                    $"Итого по {(method == PaymentMethod.Post ? "отделению " : "БИК ")}{group.Key}",
                    $"{group.Count()} выпл.",
                    null,
                    null,
                    null,
                    null,
                    group.Sum(r => r.Row.Line.ToPay)
                )
            );
        }
        sheet.Add(XlsxSheet.Row("Всего", $"{rows.Count} выпл.", null, null, null, null, rows.Sum(r => r.Row.Line.ToPay)));
        sheet.Add(XlsxSheet.Row(""));
        sheet.Add(
            XlsxSheet.Row(
                "Специалист по выплате ____________",
                null,
                null,
                "Начальник управления ____________",
                null,
                "Главный бухгалтер ____________"
            )
        );
        return XlsxSheet.Save(
            sheet,
            method == PaymentMethod.Post ? "Разовые поручения" : "Разовые выплаты (банки)",
            [8, 18, 34, 30, 12, 26, 14, 40, 18]
        );
    }

    /// <summary>
    /// One-time orders for the post (seed 002 cl. 19.5): exactly the fields the clause lists, three to a page with a cut line.
    /// </summary>
    public static byte[] OneTimeOrders(DocumentHeader h, IReadOnlyList<OneTimeRow> rows)
    {
        var w = new DocxWriter();
        if (rows.Count == 0)
            w.Heading("Разовые поручения").Paragraph($"{h.Organisation}: в периоде {h.Period.Title} разовых выплат через почту нет.");
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            if (i > 0 && i % 3 == 0)
                w.PageBreak();
            else if (i > 0)
                w.Paragraph(
                    "- - - - - - - - - - - - - - - - - - - - линия отреза - - - - - - - - - - - - - - - - - - - -",
                    align: DocxWriter.Align.Center
                );
            w.Heading($"Разовое поручение № {h.Period.Year}{h.Period.Month:00}-{i + 1} "
                + $"на выплату через отделение почтовой связи {r.Line.PostOfficeIndex}");
            w.Paragraph($"{h.Organisation}. Выплатной период: {h.Period.Title}.", align: DocxWriter.Align.Center);
            w.Field("Лицевой счёт", r.Line.AssignmentNumber);
            w.Field("Фамилия, имя, отчество", r.Line.RecipientName);
            w.Field("Адрес", r.Address is { Length: > 0 } a ? a : null);
            w.Field("Данные паспорта", r.Passport is { Length: > 0 } p ? p : null);
            w.Field("Период выплаты", RussianFormat.MonthShort(r.Line.ForMonth));
            w.Field("Сумма к выплате", RussianFormat.Money(r.Line.ToPay));
            w.Field("Дата получения", "«____» ______________ 20___ г.");
            w.Paragraph([new DocxWriter.Text("Подпись получателя: ", true), new DocxWriter.Text("____________________     "),
                new DocxWriter.Text("Подпись доставщика: ", true), new DocxWriter.Text("____________________")], DocxWriter.Align.Left);
        }
        return w.Build();
    }

    /// <summary>
    /// The payment order to a counterpart (seed 002 cl. 19.4, 19.9, 19.11): the lists it goes with, their lines and the total.
    /// </summary>
    public static byte[] PaymentOrder(
        DocumentHeader h,
        Counterpart c,
        int regularCount,
        decimal regular,
        int oneTimeCount,
        decimal oneTime,
        int repaidCount,
        decimal repaid
    )
    {
        var bank = c.Method == PaymentMethod.Bank;
        var w = new DocxWriter()
            .Heading($"ПОРУЧЕНИЕ НА ВЫПЛАТУ № {h.Period.Year}{h.Period.Month:00}-{c.Code ?? "П"}")
            .Paragraph($"за {h.Period.Title.ToLowerInvariant()} от {h.MadeOn:dd.MM.yyyy}", align: DocxWriter.Align.Center)
            .Empty()
            .Field("Плательщик", h.Organisation + (h.Inn is { Length: > 0 } inn ? $", ИНН {inn}" : ""))
            .Field(bank ? "Кредитное учреждение" : "Предприятие почтовой связи", c.Title)
            .Paragraph(
                bank
                    ? "Просим зачислить на счета по вкладам получателей суммы по прилагаемым спискам "
                        + "(реестру для зачисления и разовым спискам):"
                    : "Просим произвести выплату с доставкой на дом получателям сумм по прилагаемым машинограммам и разовым поручениям:"
            )
            .Table(
                ["Документ", "Количество выплат", "Сумма, ₽"],
                [
                    [
                        bank ? "Список (реестр) для зачисления — регулярные выплаты месяца" : "Машинограммы — регулярные выплаты месяца",
                        regularCount.ToString(),
                        RussianFormat.MoneyFigure(regular),
                    ],
                    [
                        bank ? "Разовые выплаты через кредитное учреждение" : "Разовые поручения",
                        oneTimeCount.ToString(),
                        RussianFormat.MoneyFigure(oneTime),
                    ],
                    ["в том числе повторные выплаты ранее возвращённых сумм", repaidCount.ToString(), RussianFormat.MoneyFigure(repaid)],
                    ["Итого", (regularCount + oneTimeCount).ToString(), RussianFormat.MoneyFigure(regular + oneTime)],
                ],
                [60, 20, 20]
            )
            .Field("Всего к выплате", $"{RussianFormat.Money(regular + oneTime)}, выплат: {regularCount + oneTimeCount}")
            .Paragraph(
                "Основание: административный регламент, п. 19.4, 19.9, 19.11; средства перечисляются платёжным поручением, копия прилагается."
            )
            .Empty();
        Signatures(w);
        w.Empty()
            .Paragraph(
                "Принял: ______________________ (должность, подпись, расшифровка)   «____» ______________ 20___ г.",
                align: DocxWriter.Align.Left
            );
        return w.Build();
    }

    /// <summary>The reconciliation act with a counterpart (seed 002 cl. 19.15–19.16), with signature blocks for both sides.</summary>
    public static byte[] ReconciliationAct(DocumentHeader h, CounterpartAct ca)
    {
        var (c, a) = (ca.Counterpart, ca.Act);
        var bank = c.Method == PaymentMethod.Bank;
        var f = a.Figures;
        var rate = ca.Act.RatePercent is { } r
            ? $"{r.ToString("0.###", RussianFormat.Culture)} % (параметр «{ReconciliationRules.FeeCode(c.Method)}» с " +
                $"{ca.RateFrom:dd.MM.yyyy}; {ca.RateNote})"
            : $"не установлена (параметр «{ReconciliationRules.FeeCode(c.Method)}» на {h.Period.Title} не задан) — вознаграждение не рассчитано";
        var w = new DocxWriter()
            .Heading($"АКТ СВЕРКИ РАСЧЁТОВ за {h.Period.Title.ToLowerInvariant()}")
            .Paragraph(
                $"между {h.Organisation} и {c.Title} — " +
                    $"{(bank ? "за услуги по зачислению сумм на лицевые счета по вкладам" : "за услуги по доставке и выплате")}",
                align: DocxWriter.Align.Center
            )
            .Paragraph($"Составлен {h.MadeOn:dd.MM.yyyy}", align: DocxWriter.Align.Right)
            .Table(
                ["Показатель", "Количество", "Сумма, ₽"],
                [
                    [
                        bank ? "Перечислено для зачисления" : "Передано к выплате (машинограммы и разовые поручения)",
                        f.SentCount.ToString(),
                        RussianFormat.MoneyFigure(f.Sent),
                    ],
                    [
                        "в том числе повторные выплаты ранее возвращённых сумм",
                        f.RepaidCount.ToString(),
                        RussianFormat.MoneyFigure(f.Repaid),
                    ],
                    [
                        bank ? "Возвращено кредитным учреждением (не зачислено)" : "Не выплачено почтой (по отчёту о неоплаченных суммах)",
                        f.ReturnedCount.ToString(),
                        RussianFormat.MoneyFigure(f.Returned),
                    ],
                    [bank ? "Зачислено на счета" : "Выплачено", a.NetCount.ToString(), RussianFormat.MoneyFigure(a.Net)],
                    [
                        $"Вознаграждение за {(bank ? "зачисление" : "доставку и выплату")}",
                        "",
                        a.Fee is { } fee ? RussianFormat.MoneyFigure(fee) : "—",
                    ],
                    ["Итого к расчёту (выплачено и вознаграждение)", "", a.Total is { } t ? RussianFormat.MoneyFigure(t) : "—"],
                ],
                [60, 15, 25]
            )
            .Field("Ставка вознаграждения", rate)
            .Paragraph(
                "Основание: административный регламент, п. 19.13–19.16. "
                    + "Расхождений нет / расхождения: ______________________________________________."
            )
            .Empty()
            .Paragraph("От управления социальной защиты населения:", bold: true, align: DocxWriter.Align.Left);
        Signatures(w);
        w.Empty()
            .Paragraph($"От {(bank ? "кредитного учреждения" : "предприятия почтовой связи")} ({c.Title}):", bold: true, align: DocxWriter.Align.Left)
            .Paragraph("Руководитель ______________________ (подпись, расшифровка)", align: DocxWriter.Align.Left)
            .Paragraph("Главный бухгалтер ______________________ (подпись, расшифровка)", align: DocxWriter.Align.Left)
            .Paragraph("М. П.            «____» ______________ 20___ г.", align: DocxWriter.Align.Left);
        return w.Build();
    }

    private static void Signatures(DocxWriter w) => w
        .Paragraph("Начальник управления ______________________ (подпись, расшифровка)", align: DocxWriter.Align.Left)
        .Paragraph("Главный бухгалтер ______________________ (подпись, расшифровка)", align: DocxWriter.Align.Left)
        .Paragraph("М. П. (гербовая печать)", align: DocxWriter.Align.Left);
}
