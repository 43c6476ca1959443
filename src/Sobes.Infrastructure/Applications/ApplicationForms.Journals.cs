using Sobes.Domain.Applications;
using Sobes.Infrastructure.Documents;
using static Sobes.Infrastructure.Documents.DocxWriter;

namespace Sobes.Infrastructure.Applications;

/// <summary>The journals of seed 002 as landscape .docx tables: applications (appendix 7) and refusal decisions (appendix 13, cl.
/// 17.4–17.6).</summary>
public static partial class ApplicationForms
{
    public static byte[] ApplicationJournal(string department, IReadOnlyList<ApplicationListItem> rows, DateOnly printedOn)
    {
        var w = new DocxWriter(landscape: true);
        w.Paragraph("Приложение 7 к административному регламенту", align: Align.Right)
            .Paragraph(department, bold: true, align: Align.Center)
            .Heading("ЖУРНАЛ РЕГИСТРАЦИИ ЗАЯВЛЕНИЙ О НАЗНАЧЕНИИ ДЕНЕЖНЫХ СРЕДСТВ")
            .Paragraph($"Сформирован {printedOn:dd.MM.yyyy}; записей: {rows.Count}", align: Align.Center);
        w.Table(
            [
                "№ п/п",
                "Рег. № заявления",
                "Дата регистрации",
                "Фамилия, имя, отчество заявителя",
                "Вид выплаты",
                "Срок решения",
                "Решение: № и дата",
                "Состояние",
                "Подпись специалиста",
            ],
            rows.OrderBy(r => r.RegisteredOn)
                .ThenBy(r => r.Number)
                .Select(
                    (r, i) =>
                        (IReadOnlyList<string>)
                            [
                                (i + 1).ToString(),
                                r.Number,
                                r.RegisteredOn.ToString("dd.MM.yyyy"),
                                r.Applicant,
                                r.Measures,
                                r.DueOn?.ToString("dd.MM.yyyy") ?? "—",
                                r.DecisionNumber is null ? "—" : $"№ {r.DecisionNumber} от {r.DecidedOn:dd.MM.yyyy}",
                                r.Status.Russian(),
                                "",
                            ]
                ),
            [5, 11, 9, 18, 20, 9, 12, 9, 7]
        );
        return w.Build();
    }

    /// <summary>Cl. 17.6: one journal for all kinds of payments, kept five years; each decision with the date until which it is kept (cl.
    /// 17.5).</summary>
    public static byte[] RefusalJournal(string department, IReadOnlyList<RefusalJournalItem> rows, int? year, DateOnly printedOn)
    {
        var w = new DocxWriter(landscape: true);
        w.Paragraph("Приложение 13 к административному регламенту", align: Align.Right)
            .Paragraph(department, bold: true, align: Align.Center)
            .Heading("ЖУРНАЛ РЕГИСТРАЦИИ РЕШЕНИЙ ОБ ОТКАЗЕ В НАЗНАЧЕНИИ ГОСУДАРСТВЕННЫХ ПОСОБИЙ")
            .Paragraph(
                "Один для всех видов пособий, заводится на пять лет (п. 17.6); решения хранятся пять лет (п. 17.5)"
                    + (year is { } y ? $"; решения {y} года" : "")
                    + $"; сформирован {printedOn:dd.MM.yyyy}, записей: {rows.Count}",
                align: Align.Center
            );
        w.Table(
            [
                "№ п/п",
                "№ и дата решения",
                "Фамилия, имя, отчество заявителя",
                "Вид выплаты",
                "Ребёнок",
                "Заявление: № и дата",
                "Причина отказа и основание",
                "Направлено заявителю",
                "Хранить до",
            ],
            rows.OrderBy(r => r.DecidedOn)
                .ThenBy(r => r.RefusalNumber)
                .Select(
                    (r, i) =>
                        (IReadOnlyList<string>)
                            [
                                (i + 1).ToString(),
                                $"{r.RefusalNumber} от {r.DecidedOn:dd.MM.yyyy}",
                                r.Applicant,
                                r.Measure,
                                r.Child ?? "—",
                                $"{r.ApplicationNumber} от {r.RegisteredOn:dd.MM.yyyy}",
                                $"{r.Ground} ({r.LegalReference})",
                                r.SentOn is { } sent ? sent.ToString("dd.MM.yyyy") : "—",
                                r.KeepUntil.ToString("dd.MM.yyyy"),
                            ]
                ),
            [5, 12, 15, 14, 12, 11, 17, 8, 6]
        );
        w.Paragraph("Журнал пронумерован, прошнурован, скреплён печатью и подписью начальника Управления социальной защиты населения (п. 17.6).")
            .Paragraph("Начальник Управления ____________ / ____________________", align: Align.Left);
        return w.Build();
    }

    /// <summary>Cl. 14.2 subcl. 5: who came, what was missing or wrong, and that the documents were given back.</summary>
    public static byte[] OralAppealJournal(string department, IReadOnlyList<OralAppealRow> rows, int? year, DateOnly printedOn)
    {
        var w = new DocxWriter(landscape: true);
        w.Paragraph("Приложение 6 к административному регламенту", align: Align.Right)
            .Paragraph(department, bold: true, align: Align.Center)
            .Heading("ЖУРНАЛ РЕГИСТРАЦИИ УСТНЫХ ОБРАЩЕНИЙ")
            .Paragraph(
                (year is { } y ? $"Обращения {y} года; " : "") + $"сформирован {printedOn:dd.MM.yyyy}, записей: {rows.Count}",
                align: Align.Center
            );
        w.Table(
            [
                "№ п/п",
                "Дата обращения",
                "Фамилия, имя, отчество заявителя",
                "Выявленные недостатки (отсутствующие документы), разъяснения",
                "Документы возвращены",
                "Специалист",
                "Подпись заявителя",
            ],
            rows.OrderBy(r => r.AppealedOn)
                .ThenBy(r => r.Id)
                .Select(
                    (r, i) =>
                        (IReadOnlyList<string>)
                            [
                                (i + 1).ToString(),
                                r.AppealedOn.ToString("dd.MM.yyyy"),
                                r.CitizenName,
                                r.Shortcomings,
                                r.DocumentsReturned ? "да" : "нет",
                                r.RecordedBy,
                                "",
                            ]
                ),
            [6, 10, 18, 32, 10, 14, 10]
        );
        return w.Build();
    }
}
