namespace Sobes.Web.Areas.Applications.Api;

/// <summary>The Russian summaries of the module's endpoints in the OpenAPI document.</summary>
internal static class ApplicationsApiDocs
{
    public const string RegulationList = "Административные регламенты государственных услуг: срок решения и число мер";

    public const string RegulationCard =
        "Регламент: перечень документов (кто представляет, альтернативы, срок действия), шаги с исполнителями и сроками, основания отказа, "
        + "сроки решения и жалоб";

    public const string RegulationDeadline = "Изменить срок принятия решения по регламенту (рабочие или календарные дни)";
    public const string RegulationAddDocument = "Добавить документ в перечень регламента";
    public const string RegulationRemoveDocument = "Исключить документ из перечня регламента (если он ещё не представлен по заявлениям)";
    public const string RegulationAddGround = "Добавить основание отказа со ссылкой на норму (п. 17.3 регламента сида 002)";
    public const string RegulationRemoveGround = "Исключить основание отказа (если по нему ещё не отказывали)";
}
