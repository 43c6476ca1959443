using Sobes.Domain.Common;

namespace Sobes.Domain.Applications;

public enum ChecklistStatus
{
    Received = 1,
    /// <summary>An interagency request is out and not answered yet.</summary>
    Requested = 2,
    Missing = 3,
    /// <summary>Another document of the same alternative group was received (seed 002 cl. 10.1 subcl. 7).</summary>
    CoveredByAlternative = 4,
}

/// <summary>One document of the regulation's list as it stands for an application.</summary>
public sealed record ChecklistRow(
    RegulationDocument Document,
    ChecklistStatus Status,
    SubmittedDocument? Received,
    InteragencyRequest? OpenRequest,
    bool RequestOverdue)
{
    /// <summary>The document blocks completeness when absent: mandatory and not conditional.</summary>
    public bool Required => Document.Mandatory && Document.Condition.Length == 0;
    public bool Conditional => Document.Condition.Length > 0;
}

/// <summary>
/// The documents of an application against the regulation's list (seed 002 cl. 10): alternatives satisfied by any one,
/// validity periods (cl. 10.5), no document twice (cl. 10.3) and nothing beyond the list (cl. 10.6).
/// Documents with a condition («для обучающегося ребёнка») are shown but do not hold up completeness: the specialist judges the case.
/// </summary>
public static class ApplicationChecklist
{
    public static IReadOnlyList<ChecklistRow> Build(AdministrativeRegulation regulation, IReadOnlyCollection<SubmittedDocument> submitted,
        IReadOnlyCollection<InteragencyRequest> requests, DateOnly today)
    {
        var rows = new List<ChecklistRow>();
        foreach (var d in regulation.Documents.OrderBy(d => d.Order).ThenBy(d => d.Id))
        {
            var received = submitted.FirstOrDefault(s => s.RegulationDocumentId == d.Id);
            var open = requests.Where(r => r.RegulationDocumentId == d.Id && r.AnsweredOn == null).OrderBy(r => r.SentOn).FirstOrDefault();
            var status = received is not null ? ChecklistStatus.Received
                : AlternativeReceived(regulation, submitted, d) is not null ? ChecklistStatus.CoveredByAlternative
                : open is not null ? ChecklistStatus.Requested
                : ChecklistStatus.Missing;
            rows.Add(new ChecklistRow(d, status, received, open, open is not null && today > open.DueOn));
        }
        return rows;
    }

    /// <summary>Every required document received, and every group with a required member satisfied by one of its documents.</summary>
    public static bool IsComplete(AdministrativeRegulation regulation, IReadOnlyCollection<SubmittedDocument> submitted) =>
        Build(regulation, submitted, [], DateOnly.MinValue)
            .All(r => !r.Required || r.Status is ChecklistStatus.Received or ChecklistStatus.CoveredByAlternative);

    /// <summary>The required documents still absent, by name (alternative groups once, as «одно из: …»).</summary>
    public static IReadOnlyList<string> Missing(AdministrativeRegulation regulation, IReadOnlyCollection<SubmittedDocument> submitted)
    {
        var rows = Build(regulation, submitted, [], DateOnly.MinValue)
            .Where(r => r.Required && r.Status is ChecklistStatus.Missing or ChecklistStatus.Requested);
        return rows.GroupBy(r => r.Document.AlternativeGroup ?? $"#{r.Document.Id}")
            .Select(g => g.Count() == 1 ? g.First().Document.Name : "одно из: " + string.Join("; ", g.Select(r => r.Document.Name)))
            .ToList();
    }

    /// <summary>Why a document may not be accepted for the application; empty when it may.</summary>
    public static IReadOnlyList<ValidationError> ValidateReceipt(AdministrativeRegulation regulation, int regulationDocumentId,
        IReadOnlyCollection<SubmittedDocument> submitted, DateOnly receivedOn, DateOnly? issuedOn, DateOnly registeredOn, DateOnly today)
    {
        var errors = new List<ValidationError>();
        var doc = regulation.Documents.FirstOrDefault(d => d.Id == regulationDocumentId);
        if (doc is null)
        {
            errors.Add(
                new(
                    "regulationDocumentId",
                    "Документа нет в перечне регламента: требовать и принимать документы сверх перечня нельзя (п. 10.6 регламента)."
                )
            );
            return errors;
        }
        if (submitted.FirstOrDefault(s => s.RegulationDocumentId == doc.Id) is { } same)
            errors.Add(
                new(
                    "regulationDocumentId",
                    $"Документ «{doc.Name}» уже принят {same.ReceivedOn:dd.MM.yyyy}: повторно не истребуется (п. 10.3 регламента)."
                )
            );
        else if (AlternativeReceived(regulation, submitted, doc) is { } alt)
            errors.Add(
                new(
                    "regulationDocumentId",
                    $"Эти сведения уже подтверждены документом «{alt.Name}»: несколько документов для подтверждения одних и тех же " +
                        $"сведений не истребуются (п. 10.3 регламента)."
                )
            );
        if (receivedOn == default) errors.Add(new("receivedOn", "Укажите дату приёма документа."));
        else if (receivedOn > today) errors.Add(new("receivedOn", "Дата приёма не может быть в будущем."));
        else if (receivedOn < registeredOn) errors.Add(new("receivedOn", "Документ не может быть принят раньше регистрации заявления."));
        if (issuedOn is { } issued && receivedOn != default && issued > receivedOn)
            errors.Add(new("issuedOn", "Дата выдачи документа позже даты его приёма."));
        if (doc.ValidityDays is { } days && receivedOn != default)
        {
            if (issuedOn is not { } i)
                errors.Add(new("issuedOn", $"Укажите дату выдачи: документ «{doc.Name}» действителен {days} дней со дня выдачи."));
            else if (receivedOn.DayNumber - i.DayNumber > days)
                errors.Add(
                    new(
                        "issuedOn",
                        $"Документ «{doc.Name}» выдан {i:dd.MM.yyyy} и действителен {days} дней со дня выдачи (по " +
                            $"{i.AddDays(days):dd.MM.yyyy}): на день приёма {receivedOn:dd.MM.yyyy} срок истёк — нужен новый документ."
                    )
                );
        }
        return errors;
    }

    private static RegulationDocument? AlternativeReceived(
        AdministrativeRegulation regulation,
        IReadOnlyCollection<SubmittedDocument> submitted,
        RegulationDocument doc
    ) =>
        doc.AlternativeGroup is not { Length: > 0 } group
            ? null
            : regulation.Documents.FirstOrDefault(d =>
                d.Id != doc.Id && d.AlternativeGroup == group && submitted.Any(s => s.RegulationDocumentId == d.Id)
            );
}
