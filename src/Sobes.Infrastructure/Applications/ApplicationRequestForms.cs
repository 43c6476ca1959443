using Sobes.Domain.Applications;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Documents;
using static Sobes.Infrastructure.Documents.DocxWriter;

namespace Sobes.Infrastructure.Applications;

/// <summary>
/// The application forms of seed 002 appendices 2–5 (cl. 14.2 subcl. 4 — the specialist hands them out and explains how to fill them in).
/// The seed does not give their text: they are laid out as a department's usual form — the head it is addressed to, the applicant with the
/// identity document and address, the contract on the foster family, the children, what is asked for, the way of payment (cl. 10.1 subcl. 2),
/// the documents attached, consent to the processing of personal data, date and signature, and the intake mark. Pre-filled from an
/// application, or blank to be filled in by hand.
/// </summary>
public static class ApplicationRequestForms
{
    public static readonly IReadOnlyDictionary<int, string> Appendices = new Dictionary<int, string>
    {
        [2] =
            "о назначении денежных средств на содержание ребёнка, денежных выплат на реализацию бесплатного проезда и ежемесячной " +
                "выплаты на приобретение предметов хозяйственного обихода, личной гигиены, игр, игрушек и книг",
        [3] = "о назначении оплаты труда приёмного родителя",
        [4] = "о назначении денежных средств на приобретение мебели",
        [5] = "о назначении денежных средств на оплату жилищно-коммунальных услуг и услуг бытового обслуживания",
    };

    private const string Line = "________________________________________________";

    /// <summary>Which appendix a measure's application is written on: by what the measure pays for.</summary>
    public static int AppendixOf(Measure m)
    {
        var name = m.Name.ToLowerInvariant();
        if (name.Contains("мебел")) return 4;
        if (name.Contains("жилищно-коммунальн")) return 5;
        if (name.Contains("оплата труда")) return 3;
        return 2;
    }

    /// <summary>The form of the appendix: pre-filled from the application (only its measures of that appendix), or blank when d is null.</summary>
    public static byte[] ApplicationForm(int appendix, ApplicationDetails? d)
    {
        var w = new DocxWriter();
        var items = d?.Items.Where(i => AppendixOf(i.Measure) == appendix).ToList() ?? [];
        Addressee(w, appendix, d);
        w.Empty().Heading("ЗАЯВЛЕНИЕ").Paragraph(Appendices[appendix], align: Align.Center).Empty();
        Request(w, appendix, d, items);
        ChildrenTable(w, appendix, items);
        PaymentWay(w, d);
        Attachments(w, d?.Application);
        Closing(w, d);
        return w.Build();
    }

    /// <summary>The head it is addressed to and the applicant: identity document, address, phone.</summary>
    private static void Addressee(DocxWriter w, int appendix, ApplicationDetails? d)
    {
        var person = d?.Applicant;
        w.Paragraph($"Приложение {appendix} к административному регламенту", align: Align.Right);
        w.Paragraph($"Начальнику {d?.Department.Name ?? "Управления социальной защиты населения " + Line}", align: Align.Right);
        w.Paragraph($"от {person?.FullName ?? Line}", align: Align.Right);
        w.Paragraph($"дата рождения: {(person is null ? "__.__.____" : person.BirthDate.ToString("dd.MM.yyyy"))}", align: Align.Right);
        w.Paragraph($"документ, удостоверяющий личность: {Or(person?.IdentityDocument.ToString())}", align: Align.Right);
        w.Paragraph($"адрес места жительства: {Or(person is null ? null : ApplicationForms.Address(d!))}", align: Align.Right);
        w.Paragraph($"телефон: {Or(person?.Phone)}", align: Align.Right);
    }

    /// <summary>What is asked for, by the appendix, with the contract on the foster family.</summary>
    private static void Request(DocxWriter w, int appendix, ApplicationDetails? d, List<ItemView> items)
    {
        var contract = d is null ? null : Contract(d);
        w.Paragraph(
            $"Я, {d?.Applicant.FullName ?? Line}, являясь приёмным родителем по договору о приёмной семье {contract ?? "№ ______ от " +
                "«__» ________ 20__ г."}, "
                + (
                    appendix switch
                    {
                        3 => "прошу назначить мне оплату труда приёмного родителя.",
                        4 =>
                            "прошу назначить денежные средства на приобретение мебели на ребёнка (детей), переданного(ых) на " +
                                "воспитание в приёмную семью на один год и более:",
                        5 =>
                            "прошу назначить денежные средства на оплату жилищно-коммунальных услуг и услуг бытового обслуживания " +
                                "на ребёнка (детей), переданного(ых) в приёмную семью:",
                        _ => "прошу назначить на ребёнка (детей), переданного(ых) в приёмную семью:",
                    }
                )
        );
        if (appendix == 2)
            w.Paragraph(
                "☐ денежные средства на содержание ребёнка; ☐ денежные выплаты на реализацию бесплатного проезда (на обучающегося ребёнка); "
                    + "☐ ежемесячную выплату на приобретение предметов хозяйственного обихода, личной гигиены, игр, игрушек и книг."
                    + (
                        items.Count > 0
                            ? " Отмечено по заявлению: " + string.Join("; ", items.Select(i => i.Measure.ShortName).Distinct()) + "."
                            : ""
                    )
            );
    }

    private static void ChildrenTable(DocxWriter w, int appendix, List<ItemView> items)
    {
        var children = items
            .Where(i => i.ChildName is not null)
            .GroupBy(i => i.Item.BeneficiaryCitizenId)
            .Select(g =>
                (IReadOnlyList<string>)
                    [g.First().ChildName!, $"{g.First().ChildBirthDate:dd.MM.yyyy}", string.Join("; ", g.Select(i => i.Measure.ShortName))]
            )
            .ToList();
        if (children.Count == 0) children = Enumerable.Range(0, 3).Select(_ => (IReadOnlyList<string>)["", "", ""]).ToList();
        w.Table(
            [
                appendix == 3 ? "Дети, воспитываемые в приёмной семье (ФИО)" : "Фамилия, имя, отчество ребёнка",
                "Дата рождения",
                "Что назначить",
            ],
            children,
            [50, 20, 30]
        );
    }

    /// <summary>The way of payment (cl. 10.1 subcl. 2): the post office or the bank with its details.</summary>
    private static void PaymentWay(DocxWriter w, ApplicationDetails? d)
    {
        w.Paragraph("Денежные средства прошу выплачивать (п. 10.1 подп. 2 регламента):", bold: true);
        var method = d?.Application.PaymentMethod;
        var pd = d?.Applicant.PaymentDetails;
        w.Paragraph(
            $"{Box(method == PaymentMethod.Post)} через отделение почтовой связи № " +
                $"{(method == PaymentMethod.Post ? Or(pd?.PostOfficeIndex) : "________")}"
        );
        w.Paragraph(
            $"{Box(method == PaymentMethod.Bank)} через кредитную организацию: " +
                $"{(method == PaymentMethod.Bank ? $"{Or(pd?.BankName)}, БИК {Or(pd?.Bik)}, счёт № " +
                    $"{Or(pd?.Account)}" : "наименование ____________________, БИК __________, счёт № ____________________")}"
        );
    }

    private static void Attachments(DocxWriter w, MeasureApplication? a)
    {
        w.Paragraph("К заявлению прилагаю документы:", bold: true);
        var docs = a?.Documents.Where(x => x.Source == DocumentSource.Applicant).OrderBy(x => x.RegulationDocument?.Order).ToList() ?? [];
        if (docs.Count > 0)
            for (var k = 0; k < docs.Count; k++)
                w.Paragraph(
                    $"{k + 1}. {docs[k].RegulationDocument?.Name}" + (docs[k].Details.Length > 0 ? $" ({docs[k].Details})" : ""),
                    align: Align.Left
                );
        else
            for (var k = 1; k <= 6; k++) w.Paragraph($"{k}. {Line}", align: Align.Left);
    }

    /// <summary>The undertaking, the consent to the processing of personal data, date and signature, and the intake mark.</summary>
    private static void Closing(DocxWriter w, ApplicationDetails? d)
    {
        var a = d?.Application;
        w.Paragraph(
            "Об обстоятельствах, влекущих изменение размера или прекращение выплаты (возврат ребёнка, расторжение договора о приёмной семье, "
                + "перемена места жительства, изменение способа выплаты), обязуюсь сообщить в управление социальной защиты населения."
        );
        w.Paragraph("Даю согласие на обработку моих персональных данных и персональных данных ребёнка (детей), указанных в заявлении и документах, " +
                    "в целях назначения и выплаты денежных средств (Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»).");
        var day = a is null ? "__" : a.RegisteredOn.Day.ToString("00");
        var month = a is null ? "____________" : RussianFormat.MonthGenitive(a.RegisteredOn.Month);
        var year = a is null ? "20__" : a.RegisteredOn.Year.ToString();
        w.Empty()
            .Paragraph(
                $"«{day}» {month} {year} г.        Подпись заявителя ____________ / {d?.Applicant.FullName ?? "____________________"}",
                align: Align.Left
            )
            .Empty()
            .Paragraph("Отметка о приёме заявления", bold: true)
            .Paragraph(
                a is null
                    ? "Заявление принято «__» ________ 20__ г., регистрационный № ______. Специалист ____________ / ____________________"
                    : $"Заявление принято {a.RegisteredOn:dd.MM.yyyy}, регистрационный № {a.Number}. Специалист ____________ / "
                        + $"{d!.NameOf(a.RegisteredByUserId)}",
                align: Align.Left
            );
    }

    /// <summary>
    /// Number and date of the foster family contract: from the guardianship register when the application was made from the contract,
    /// otherwise as written on the submitted copy (cl. 10.1 subcl. 3), if any.
    /// </summary>
    private static string? Contract(ApplicationDetails d)
    {
        if (d.FosterContract is { } registered) return registered;
        var copy = d.Application.Documents.FirstOrDefault(x =>
            x.RegulationDocument?.Name.Contains("договор", StringComparison.OrdinalIgnoreCase) == true
        );
        if (copy is null) return null;
        var parts = new[] { copy.Details, copy.IssuedOn is { } on ? $"от {on:dd.MM.yyyy}" : null }.Where(x => !string.IsNullOrWhiteSpace(x));
        var text = string.Join(" ", parts);
        return text.Length > 0 ? text : null;
    }

    private static string Box(bool on) => on ? "☒" : "☐";
    private static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? "____________________" : value;
}
