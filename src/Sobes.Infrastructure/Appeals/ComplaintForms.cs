using Sobes.Domain.Appeals;
using Sobes.Infrastructure.Documents;
using static Sobes.Infrastructure.Documents.DocxWriter;

namespace Sobes.Infrastructure.Appeals;

/// <summary>The letters to the complainant — the extension notice (seed 002 cl. 23.9) and the answer (cl. 23.8, 23.10) — and the journal.</summary>
public static class ComplaintForms
{
    public static byte[] ExtensionNotice(ComplaintDetails d)
    {
        var c = d.Complaint;
        var w = new DocxWriter();
        Letterhead(w, d);
        w.Heading("УВЕДОМЛЕНИЕ")
            .Paragraph("о продлении срока рассмотрения жалобы", align: Align.Center)
            .Empty()
            .Field("Кому", d.Complainant)
            .Field("Адрес", d.Address)
            .Empty()
            .Paragraph(
                $"Ваша жалоба от {c.ReceivedOn:dd.MM.yyyy}, зарегистрированная за № {c.Number} (предмет обжалования: " +
                    $"{c.Subject.Russian().ToLowerInvariant()}), "
                    + $"рассматривается в порядке, установленном административным регламентом «{d.RegulationName}»."
            )
            .Paragraph(
                $"По решению начальника управления срок рассмотрения жалобы продлён на {c.ExtensionDays} дн. (п. 23.9 регламента), "
                    + "так как для её рассмотрения необходимо провести расследование, проверку или обследование."
            )
            .Field("Причина продления", c.ExtensionReason)
            .Paragraph([new Text("Ответ будет направлен Вам не позднее "), new Text($"{c.DueOn:dd.MM.yyyy}", true), new Text(".")])
            .Empty()
            .Field("Начальник управления", Signed(d.NameOf(c.ExtendedByUserId), c.ExtendedOn))
            .Field("Уведомление направлено", $"{c.CitizenNotifiedOn:dd.MM.yyyy}");
        return w.Build();
    }

    public static byte[] Answer(ComplaintDetails d, string? higherBody)
    {
        var c = d.Complaint;
        var w = new DocxWriter();
        Letterhead(w, d);
        w.Heading("ОТВЕТ НА ЖАЛОБУ")
            .Paragraph(
                $"от {c.AnsweredOn:dd.MM.yyyy} на жалобу, поступившую {c.ReceivedOn:dd.MM.yyyy} (регистрационный № {c.Number})",
                align: Align.Center
            )
            .Empty()
            .Field("Кому", d.Complainant + (c.RepresentativeName is { } r ? $" (через представителя: {r})" : ""))
            .Field("Адрес", d.Address)
            .Field("Предмет обжалования", $"{c.Subject.Russian()} ({c.Subject.Clause()} регламента)")
            .Empty();
        var decision = c.Decision!.Value;
        w.Paragraph(
            decision switch
            {
                ComplaintDecision.Satisfied =>
                    "По результатам рассмотрения Вашей жалобы принято решение об удовлетворении Ваших требований: обжалуемое решение "
                        + "(действие, бездействие) признано неправомерным (п. 23.8 регламента).",
                ComplaintDecision.Refused =>
                    "По результатам рассмотрения Вашей жалобы принято решение об отказе в её удовлетворении (п. 23.8 регламента).",
                _ =>
                    $"Ваше обращение оставлено без ответа по существу поставленных в нём вопросов. Основание: {c.NoAnswerGround?.Russian()}."
                        + c.NoAnswerGround switch
                        {
                            NoAnswerGround.Abusive => " Сообщаем о недопустимости злоупотребления правом.",
                            NoAnswerGround.Repeated => " Переписка с Вами по данному вопросу прекращена.",
                            _ => "",
                        },
            }
        );
        w.Paragraph(c.AnswerText ?? "");
        w.Paragraph("Порядок обжалования:", bold: true)
            .Paragraph(
                "Решения, действия (бездействие) должностных лиц управления могут быть обжалованы в вышестоящий орган"
                    + (higherBody is { Length: > 0 } h ? $" ({h})" : "")
                    + " (п. 23 регламента)."
            )
            .Paragraph(
                "В суде в порядке, установленном законодательством Российской Федерации, могут быть обжалованы решения, действия или бездействие, "
                    + "в результате которых: нарушены права и свободы гражданина; созданы препятствия осуществлению гражданином его прав и свобод; "
                    + "незаконно на гражданина возложена какая-либо обязанность или он незаконно привлечён к какой-либо " +
                        "ответственности (п. 23.10 регламента)."
            )
            .Empty()
            .Field("Ответ подготовил", Signed(d.NameOf(c.AnsweredByUserId), c.AnsweredOn));
        return w.Build();
    }

    public static readonly string[] JournalHeaders =
        ["№", "Дата поступления", "Заявитель и адрес", "Предмет (вид по п. 23.1)", "Срок ответа", "Продление", "Дата и результат ответа"];

    public static IReadOnlyList<string> JournalRow(ComplaintListItem r) =>
        [
            r.Number,
            $"{r.ReceivedOn:dd.MM.yyyy}, {r.Channel.Russian().ToLowerInvariant()}",
            $"{r.Complainant}, {r.Address}",
            $"{(int)r.Subject}) {r.Subject.Russian()}",
            $"{r.DueOn:dd.MM.yyyy}",
            r.ExtensionDays is { } days ? $"на {days} дн." : "—",
            r.AnsweredOn is { } on
                ? $"{on:dd.MM.yyyy}, {r.Decision?.Short()}{(r.AnsweredLate ? ", с нарушением срока" : "")}"
                : r.Status.Russian().ToLowerInvariant(),
        ];

    public static byte[] Journal(string title, IReadOnlyList<ComplaintListItem> rows)
    {
        var w = new DocxWriter(landscape: true);
        w.Heading("ЖУРНАЛ РЕГИСТРАЦИИ ЖАЛОБ")
            .Paragraph(title, align: Align.Center)
            .Table(JournalHeaders, rows.Select(JournalRow), [10, 11, 24, 19, 9, 9, 18]);
        return w.Build();
    }

    private static void Letterhead(DocxWriter w, ComplaintDetails d)
    {
        w.Paragraph(d.Department, bold: true, align: Align.Center);
        if (d.DepartmentAddress is { Length: > 0 } address) w.Paragraph(address, align: Align.Center);
        w.Empty();
    }

    private static string Signed(string? name, DateOnly? on) => name is null ? "—" : $"{name}, {on:dd.MM.yyyy}";
}
