using Sobes.Domain.Registry;

namespace Sobes.Domain.Applications;

/// <summary>Russian names of the application's states for pages, documents and the audit log.</summary>
public static class ApplicationNames
{
    public static string Russian(this ApplicationStatus s) => s switch
    {
        ApplicationStatus.Registered => "Сбор документов",
        ApplicationStatus.UnderReview => "На рассмотрении",
        ApplicationStatus.AwaitingSignature => "На подписи",
        ApplicationStatus.Decided => "Решение принято",
        ApplicationStatus.Withdrawn => "Отозвано",
        _ => s.ToString(),
    };

    public static string Russian(this ApplicationChannel c) => c switch
    {
        ApplicationChannel.InPerson => "Лично",
        ApplicationChannel.Post => "Почтой",
        ApplicationChannel.Portal => "Через портал госуслуг",
        ApplicationChannel.Mfc => "Через МФЦ",
        _ => c.ToString(),
    };

    public static string Russian(this ItemOutcome o) => o switch
    {
        ItemOutcome.Pending => "Не решено",
        ItemOutcome.Grant => "Назначить",
        ItemOutcome.Refuse => "Отказать",
        _ => o.ToString(),
    };

    public static string Russian(this ChecklistStatus s) => s switch
    {
        ChecklistStatus.Received => "Принят",
        ChecklistStatus.Requested => "Запрошен",
        ChecklistStatus.Missing => "Нет",
        ChecklistStatus.CoveredByAlternative => "Заменён другим документом группы",
        _ => s.ToString(),
    };

    public static string Russian(this DocumentSource s) => s switch
    {
        DocumentSource.Applicant => "от заявителя",
        DocumentSource.Interagency => "по межведомственному запросу",
        _ => s.ToString(),
    };

    public static string Russian(this PaymentMethod m) => m switch
    {
        PaymentMethod.Bank => "через кредитную организацию (на счёт)",
        PaymentMethod.Post => "через отделение почтовой связи",
        _ => m.ToString(),
    };

    public static string Russian(this NoticeWay w) => w switch
    {
        NoticeWay.InPerson => "вручено лично",
        NoticeWay.Post => "направлено почтой",
        NoticeWay.Electronic => "направлено в электронной форме",
        _ => w.ToString(),
    };

    public static string Russian(this RefusalCheckState s) => s switch
    {
        RefusalCheckState.NotRequired => "не требуется",
        RefusalCheckState.Pending => "на проверке в Министерстве",
        RefusalCheckState.Confirmed => "обоснованность подтверждена Министерством",
        RefusalCheckState.Returned => "возвращено Министерством с замечанием",
        _ => s.ToString(),
    };
}
