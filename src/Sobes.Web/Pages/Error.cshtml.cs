using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sobes.Web.Pages;

[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Ошибка";
    public string Text { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);
    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Title, Text) = code switch
        {
            404 => ("Страница не найдена", "Такой страницы нет, или запись недоступна вашей организации."),
            403 => ("Доступ запрещён", "Ваша роль не позволяет выполнить это действие."),
            400 => ("Неверный запрос", "Запрос не удалось обработать. Вернитесь назад и проверьте данные."),
            null => (
                "Внутренняя ошибка",
                "Произошла непредвиденная ошибка. Данные не изменены. Сообщите администратору время ошибки: "
                    + DateTime.UtcNow.ToString("u")
            ),
            _ => ("Ошибка " + code, "Запрос не удалось выполнить."),
        };
    }
}
