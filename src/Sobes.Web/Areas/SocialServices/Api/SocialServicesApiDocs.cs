namespace Sobes.Web.Areas.SocialServices.Api;

/// <summary>The Russian tags and summaries of the social services API (/api/v1/social-services), one place for the route tables.</summary>
internal static class SocialServicesApiDocs
{
    public const string CatalogueTag = "Социальное обслуживание: перечень услуг и тарифы";
    public const string Catalogue = "Перечень социальных услуг по формам и видам: единица, норма времени, тариф и предельный тариф на дату";
    public const string AddService = "Добавить услугу в перечень (администратор, руководитель)";
    public const string Tariffs = "Тарифы (датированные): на услугу или на форму обслуживания, предельные тарифы на платные услуги";
    public const string AddTariff = "Установить тариф с даты (администратор, руководитель)";
    public const string SubsistenceMinimums = "Величины прожиточного минимума региона по группам населения, с датами и актами";
    public const string AddSubsistenceMinimum = "Внести величину прожиточного минимума (администратор, руководитель)";
    public const string FeeRules = "Правила расчёта платы: множитель предельной величины дохода (1,5), доли 50 % и 75 % (ст. 31–32 442-ФЗ)";

    public const string RecipientsTag = "Социальное обслуживание: получатели услуг (442-ФЗ)";
    public const string Applications = "Заявления о социальном обслуживании вашей территории, с решением и сроком (5 рабочих дней)";
    public const string CreateApplication =
        "Зарегистрировать заявление: семья и доходы за 12 месяцев; срок решения по производственному календарю";
    public const string Application = "Заявление с решением, ИППСУ и договором (чтение записывается в журнал аудита)";
    public const string Decide = "Решение: признать нуждающимся (с формой обслуживания) или отказать (с причиной)";
    public const string CreateProgramme =
        "Составить индивидуальную программу (ИППСУ): услуги, объёмы, сроки; пересмотр не реже раза в 3 года";
    public const string ConcludeContract =
        "Заключить договор о предоставлении социальных услуг (в течение суток с представления программы)";
    public const string DueForReview =
        "Программы к пересмотру: срок пересмотра в ближайшие 60 дней (days=) или пропущен (ст. 16 ч. 5 442-ФЗ)";
    public const string ReviewProgramme =
        "Пересмотреть программу: новая редакция с теми же услугами с новой даты, прежняя закрывается; "
        + "договор следует новой редакции";
    public const string TerminateContract =
        "Прекратить обслуживание по договору: дата (последний день) и основание ст. 18 442-ФЗ; после неё услуги не отмечаются";
    public const string UrgentActs = "Акты о предоставлении срочных социальных услуг";
    public const string CreateUrgentAct = "Срочные услуги без программы, подтверждённые актом с подписью получателя (ст. 21 442-ФЗ)";

    public const string DeliveryTag = "Социальное обслуживание: оказанные услуги и акты";
    public const string Recipients = "Получатели с действующим договором вашей организации и услуги их программ — для отметки услуг";
    public const string Delivered = "Журнал оказанных услуг за период";
    public const string RecordDelivered = "Отметить оказанную услугу: получатель (договор), услуга программы, дата, количество, минуты";
    public const string DeleteDelivered = "Удалить ошибочную отметку (пока акт за месяц не подписан)";
    public const string Acts = "Акты о предоставленных услугах за месяц или год";
    public const string GenerateActs = "Составить акты за месяц по всем договорам с оказанными услугами (подписанные не изменяются)";
    public const string Act = "Акт с расчётом платы (ст. 31–32 442-ФЗ) и его пояснением";
    public const string SignAct = "Подписать акт; подписанный акт и услуги его месяца больше не меняются";

    public const string StateAssignmentsTag = "Социальное обслуживание: государственное задание";
    public const string StateAssignments = "Государственные задания вашей организации (министерству — все)";
    public const string ImportSeed =
        "Импортировать ГЗ № 148045 (сид 004) для вашей организации; другой финансовый год сдвигает все годы задания";
    public const string ImportFile = "Загрузить задание из JSON того же вида, что и встроенный файл № 148045";
    public const string StateAssignment =
        "Задание: части, услуги и работы, показатели объёма и качества (общий показатель — один раз), плановые значения по годам";
    public const string AddIndicator =
        "Ввести показатель вручную: часть и услуга (раздел) по номерам — создаются, если их нет; плановые значения по годам";
    public const string SetPlanValue = "Изменить плановое значение показателя на год";
    public const string SetMeasure = "Как считать фактическое значение показателя (и по каким кодам перечня услуг)";
    public const string Deadlines = "Напоминания: отчёты, срок которых наступает в ближайшие дни или недавно прошёл";
    public const string Schedule =
        "Сроки отчётности по частям задания (части 1.1–1.2: до 10 числа и 1 февраля; 1.3 и 2: до 15 числа и 15 февраля)";

    public const string ReportsTag = "Социальное обслуживание: отчёты об исполнении задания";
    public const string Reports = "Отчёты об исполнении государственного задания";
    public const string CreateReport =
        "Составить отчёт по части задания за квартал (quarter 1–4) или год (quarter не указан): факт считается по учётным данным";
    public const string Report = "Отчёт в форме из семи граф; problems — что мешает представить отчёт";
    public const string UpdateReport =
        "Причины отклонений, значения, вводимые вручную, пояснительная записка, кредиторская задолженность (факт пересчитывается)";
    public const string Recompute = "Пересчитать факт по учётным данным (введённые причины сохраняются)";
    public const string Submit = "Представить отчёт учредителю: нужны причины всех отклонений сверх допуска и пояснительная записка";
    public const string Review =
        "Камеральная проверка учредителем (инспектор или руководитель министерства): принять или вернуть с замечаниями";
    public const string Xlsx = "Отчёт в формате .xlsx (семь граф сида 004, пояснительная записка, кредиторская задолженность)";

    public const string QualityTag = "Социальное обслуживание: опросы, жалобы, проверки, журнал работ";
    public const string Surveys = "Опросы удовлетворённости (Оу, О) за год";
    public const string AddSurvey = "Внести акт опроса удовлетворённости";
    public const string Complaints = "Жалобы получателей услуг за год (просмотр записывается в журнал аудита)";
    public const string AddComplaint = "Зарегистрировать жалобу (ответ в 30 дней, 59-ФЗ)";
    public const string ExamineComplaint = "Результат рассмотрения жалобы: обоснованная или нет, дата ответа";
    public const string Inspections = "Проверки органов надзора (Роспотребнадзор, Росздравнадзор, Госпожнадзор) за год";
    public const string AddInspection = "Внести результат проверки органа надзора";
    public const string Works = "Журнал работ (часть 2 задания) за год";
    public const string AddWork = "Внести выполненную работу: раздел части 2, дата, количество, пробег";
}
