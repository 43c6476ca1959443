using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Sobes.Web.Infrastructure;

/// <summary>Form values that cannot be read (a date typed wrongly, letters in a number) get Russian messages.</summary>
public static class RussianBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, _) => $"Значение «{value}» введено неверно.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Значение «{value}» введено неверно.");
        p.SetValueIsInvalidAccessor(value => $"Значение «{value}» введено неверно.");
        p.SetValueMustBeANumberAccessor(_ => "Введите число.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Введите число.");
        p.SetMissingBindRequiredValueAccessor(_ => "Заполните поле.");
        p.SetMissingKeyOrValueAccessor(() => "Заполните поле.");
        p.SetValueMustNotBeNullAccessor(_ => "Заполните поле.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Пустой запрос.");
        p.SetUnknownValueIsInvalidAccessor(_ => "Значение введено неверно.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Значение введено неверно.");
    }
}
