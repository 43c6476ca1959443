using Sobes.Domain.Applications;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;

namespace Sobes.Infrastructure.Applications;

/// <summary>
/// The documents of the regulation's list (seed 002 cl. 10) and interagency requests for those the department obtains itself; the last
/// required document starts the decision deadline (cl. 7.1).
/// </summary>
public sealed class ApplicationDocuments(AuditLog audit, RegionClock clock, ApplicationCases cases)
{
    private const string DocumentsClosed = "Документы принимаются до контрольной проверки проекта решения.";
    private const string Entity = ApplicationCases.Entity;

    private async Task<MeasureApplication> OpenForDocumentsAsync(UserContext user, long id, int? version, CancellationToken ct)
    {
        var app = await cases.ForChangeAsync(user, id, version, ct);
        ApplicationCases.RequireStatus(app, DocumentsClosed, ApplicationStatus.Registered, ApplicationStatus.UnderReview);
        return app;
    }

    public async Task<SubmittedDocument> ReceiveDocumentAsync(UserContext user, long id, ReceiveDocumentInput input, CancellationToken ct = default)
    {
        var app = await OpenForDocumentsAsync(user, id, input.Version, ct);
        var today = clock.Today;
        var on = input.ReceivedOn ?? today;
        DomainValidationException.ThrowIfAny(
            ApplicationChecklist.ValidateReceipt(
                app.Regulation!,
                input.RegulationDocumentId,
                app.Documents,
                on,
                input.IssuedOn,
                app.RegisteredOn,
                today
            )
        );
        var listed = app.Regulation!.Documents.First(d => d.Id == input.RegulationDocumentId);
        var document = new SubmittedDocument
        {
            RegulationDocumentId = listed.Id,
            Source = DocumentSource.Applicant,
            ReceivedOn = on,
            IssuedOn = input.IssuedOn,
            Details = input.Details?.Trim() ?? "",
        };
        app.Documents.Add(document);
        var completed = await CompleteIfReadyAsync(app, ct);
        audit.Add(user, AuditAction.Update, Entity, app.Number, app.CitizenId,
            $"Заявление {app.Number}: принят документ «{listed.Name}» от {on:dd.MM.yyyy}" + Completed(app, completed));
        await cases.SaveAsync(app, ct);
        return document;
    }

    public async Task<InteragencyRequest> SendRequestAsync(UserContext user, long id, SendRequestInput input, CancellationToken ct = default)
    {
        var app = await OpenForDocumentsAsync(user, id, input.Version, ct);
        var sentOn = input.SentOn ?? clock.Today;
        var (listed, body, subject) = ValidateRequest(app, input, sentOn);
        var request = new InteragencyRequest
        {
            RegulationDocumentId = listed?.Id, Body = body, Subject = subject, SentOn = sentOn,
            DueOn = DeadlineRules.InteragencyDue(sentOn, app.Regulation!, await cases.CalendarAsync(ct)),
        };
        app.Requests.Add(request);
        audit.Add(user, AuditAction.Update, Entity, app.Number, app.CitizenId,
            $"Заявление {app.Number}: межведомственный запрос в «{request.Body}» от {sentOn:dd.MM.yyyy}, ответ до {request.DueOn:dd.MM.yyyy}");
        await cases.SaveAsync(app, ct);
        return request;
    }

    private (RegulationDocument? Listed, string Body, string Subject) ValidateRequest(MeasureApplication app, SendRequestInput input, DateOnly sentOn)
    {
        var today = clock.Today;
        var errors = new List<ValidationError>();
        RegulationDocument? listed = null;
        if (input.RegulationDocumentId is { } docId)
        {
            listed = app.Regulation!.Documents.FirstOrDefault(d => d.Id == docId);
            if (listed is null) errors.Add(new("regulationDocumentId", "Документа нет в перечне регламента (п. 10.6 регламента)."));
            else if (IsObtained(app, docId, today))
                errors.Add(
                    new(
                        "regulationDocumentId",
                        $"Сведения «{listed.Name}» уже получены: повторный запрос не нужен (п. 10.3 регламента)."
                    )
                );
        }
        var body = (input.Body ?? listed?.ProvidingBody)?.Trim();
        if (string.IsNullOrEmpty(body)) errors.Add(new("body", "Укажите орган, в который направляется запрос."));
        var subject = (input.Subject ?? (listed is null ? null : $"Сведения: {listed.Name}"))?.Trim();
        if (string.IsNullOrEmpty(subject)) errors.Add(new("subject", "Укажите, какие сведения запрашиваются."));
        if (sentOn > today) errors.Add(new("sentOn", "Дата направления запроса не может быть в будущем."));
        else if (sentOn < app.RegisteredOn) errors.Add(new("sentOn", "Запрос не может быть направлен раньше регистрации заявления."));
        DomainValidationException.ThrowIfAny(errors);
        return (listed, body!, subject!);
    }

    private static bool IsObtained(MeasureApplication app, int docId, DateOnly today) =>
        ApplicationChecklist.Build(app.Regulation!, app.Documents, [], today).First(r => r.Document.Id == docId).Status
            is ChecklistStatus.Received or ChecklistStatus.CoveredByAlternative;

    /// <summary>Records the answer; a confirming answer to a request for a listed document marks that document received from the body.</summary>
    public async Task<InteragencyRequest> AnswerRequestAsync(
        UserContext user,
        long id,
        long requestId,
        RequestAnswerInput input,
        CancellationToken ct = default
    )
    {
        var app = await OpenForDocumentsAsync(user, id, input.Version, ct);
        var request = app.Requests.FirstOrDefault(r => r.Id == requestId) ?? throw new NotFoundException($"Запрос № {requestId} не найден.");
        if (request.AnsweredOn is not null) throw new ConflictException($"Ответ на запрос уже получен {request.AnsweredOn:dd.MM.yyyy}.");
        var today = clock.Today;
        var on = input.AnsweredOn ?? today;
        var errors = new List<ValidationError>();
        if (on > today) errors.Add(new("answeredOn", "Дата ответа не может быть в будущем."));
        else if (on < request.SentOn) errors.Add(new("answeredOn", "Ответ не может быть получен раньше направления запроса."));
        if (string.IsNullOrWhiteSpace(input.Answer)) errors.Add(new("answer", "Укажите содержание ответа."));
        DomainValidationException.ThrowIfAny(errors);
        request.AnsweredOn = on;
        request.Answer = input.Answer!.Trim();
        request.Confirms = input.Confirms;
        var completed = false;
        if (input.Confirms && request.RegulationDocumentId is { } docId && !IsObtained(app, docId, today))
        {
            app.Documents.Add(new SubmittedDocument
            {
                RegulationDocumentId = docId, Source = DocumentSource.Interagency, ReceivedOn = on, IssuedOn = on,
                Details = $"Ответ на межведомственный запрос ({request.Body}) от {on:dd.MM.yyyy}: {request.Answer}",
            });
            completed = await CompleteIfReadyAsync(app, ct);
        }
        audit.Add(
            user,
            AuditAction.Update,
            Entity,
            app.Number,
            app.CitizenId,
            $"Заявление {app.Number}: ответ «{request.Body}» от {on:dd.MM.yyyy} — " +
                $"{(input.Confirms ? "сведения подтверждены" : "сведения не подтверждены")}"
                + (on > request.DueOn ? $" (с нарушением срока {request.DueOn:dd.MM.yyyy})" : "")
                + Completed(app, completed)
        );
        await cases.SaveAsync(app, ct);
        return request;
    }

    /// <summary>
    /// When the last required document arrives the decision deadline starts: from that day, by the regulation's rule
    /// (seed 002 cl. 7.1: ten days), ending on the next working day if it falls on a day off.
    /// </summary>
    private async Task<bool> CompleteIfReadyAsync(MeasureApplication app, CancellationToken ct)
    {
        if (app.Status != ApplicationStatus.Registered || !ApplicationChecklist.IsComplete(app.Regulation!, app.Documents)) return false;
        var completeOn = app.Documents.Max(d => d.ReceivedOn);
        app.DocumentsCompleteOn = completeOn;
        app.DocumentsCompleteAtUtc = clock.NowUtc;
        app.DueOn = DeadlineRules.DecisionDue(completeOn, app.Regulation!, await cases.CalendarAsync(ct));
        app.Status = ApplicationStatus.UnderReview;
        return true;
    }

    private static string Completed(MeasureApplication app, bool completed) =>
        completed ? $"; документы полные с {app.DocumentsCompleteOn:dd.MM.yyyy}, решение до {app.DueOn:dd.MM.yyyy}" : "";
}
