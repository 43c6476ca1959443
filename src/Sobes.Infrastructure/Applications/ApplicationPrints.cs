using Sobes.Domain.Applications;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;

namespace Sobes.Infrastructure.Applications;

/// <summary>Printed forms of one application (.docx): the notice, the decision, the refusals, the application form and its blank; audited.</summary>
public sealed class ApplicationPrints(AuditLog audit, ApplicationCases cases, ApplicationDetailsReader reader)
{
    private async Task<ApplicationDetails> DetailsAsync(UserContext user, long id, CancellationToken ct) =>
        await reader.DetailsAsync(await cases.LoadAsync(user, id, tracking: false, ct), ct);

    /// <summary>Seed 002 cl. 18.1: the applicant is told the amounts and the payment terms after the decision.</summary>
    public async Task<ApplicationFile> NoticeAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var d = await DetailsAsync(user, id, ct);
        if (d.Application.Status != ApplicationStatus.Decided || !d.Items.Any(i => i.Item.Outcome == ItemOutcome.Grant))
            throw new ConflictException("Уведомление о назначении формируется после подписания решения, в котором есть назначенные меры.");
        return await ExportAsync(
            user,
            d,
            ApplicationForms.Notice(d),
            $"Уведомление {d.Application.DecisionNumber}.docx",
            "уведомление о назначении",
            ct
        );
    }

    /// <summary>The decision (protocol); before the signature it is printed as a draft.</summary>
    public async Task<ApplicationFile> DecisionAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var d = await DetailsAsync(user, id, ct);
        if (d.Application.PreparedByUserId is null) throw new ConflictException("Проект решения ещё не подготовлен.");
        var name = d.Application.DecisionNumber is { } n ? $"Решение {n}.docx" : $"Проект решения {d.Application.Number}.docx";
        return await ExportAsync(user, d, ApplicationForms.Decision(d), name, "решение (протокол)", ct);
    }

    /// <summary>Seed 002 cl. 17.3: the refusal decisions of the application (or of one item).</summary>
    public async Task<ApplicationFile> RefusalAsync(UserContext user, long id, long? itemId, CancellationToken ct = default)
    {
        var d = await DetailsAsync(user, id, ct);
        var refused = d.Items.Where(i => i.Item.RefusalNumber is not null && (itemId is null || i.Item.Id == itemId)).ToList();
        if (refused.Count == 0) throw new ConflictException("По заявлению нет подписанного решения об отказе.");
        var name = refused.Count == 1 ? $"Отказ {refused[0].Item.RefusalNumber}.docx" : $"Отказы по заявлению {d.Application.Number}.docx";
        return await ExportAsync(user, d, ApplicationForms.Refusal(d, itemId), name, "решение об отказе", ct);
    }

    private async Task<ApplicationFile> ExportAsync(
        UserContext user,
        ApplicationDetails d,
        byte[] content,
        string name,
        string what,
        CancellationToken ct
    )
    {
        await audit.RecordAsync(user, AuditAction.Export, ApplicationCases.Entity, d.Application.Number, d.Application.CitizenId,
            $"Заявление {d.Application.Number}: выгружено {what} ({name})", ct);
        return new ApplicationFile(content, name, ApplicationFile.DocxType);
    }

    /// <summary>The application form of appendix 2–5 pre-filled from the application (its measures of that appendix).</summary>
    public async Task<ApplicationFile> ApplicationFormAsync(UserContext user, long id, int appendix, CancellationToken ct = default)
    {
        RequireAppendix(appendix);
        var d = await DetailsAsync(user, id, ct);
        if (d.Items.All(i => ApplicationRequestForms.AppendixOf(i.Measure) != appendix))
            throw new ConflictException($"В заявлении нет мер, заявление о которых оформляется по приложению {appendix}.");
        return await ExportAsync(
            user,
            d,
            ApplicationRequestForms.ApplicationForm(appendix, d),
            $"Заявление {d.Application.Number} (приложение {appendix}).docx",
            $"заявление по форме приложения {appendix}",
            ct
        );
    }

    /// <summary>A blank of appendix 2–5 to hand out at intake (cl. 14.2 subcl. 4); no personal data, so not audited.</summary>
    public Task<ApplicationFile> BlankFormAsync(UserContext user, int appendix, CancellationToken ct = default)
    {
        RequireAppendix(appendix);
        return Task.FromResult(
            new ApplicationFile(
                ApplicationRequestForms.ApplicationForm(appendix, null),
                $"Бланк заявления (приложение {appendix}).docx",
                ApplicationFile.DocxType
            )
        );
    }

    private static void RequireAppendix(int appendix)
    {
        if (!ApplicationRequestForms.Appendices.ContainsKey(appendix))
            throw new NotFoundException($"Формы заявления по приложению {appendix} нет: бланки — приложения 2–5.");
    }
}
