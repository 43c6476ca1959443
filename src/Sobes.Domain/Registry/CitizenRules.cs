using System.Net.Mail;
using Sobes.Domain.Common;

namespace Sobes.Domain.Registry;

/// <summary>Validation of a personal file and its application to the entity.</summary>
public static class CitizenRules
{
    public static IReadOnlyList<ValidationError> Validate(CitizenInput input, DateOnly today)
    {
        var errors = new List<ValidationError>();
        void Err(string field, string message) => errors.Add(new(field, message));

        if (string.IsNullOrWhiteSpace(input.Surname)) Err("surname", "Укажите фамилию.");
        else if (!IsName(input.Surname)) Err("surname", "Фамилия может содержать только буквы, пробел, дефис и апостроф.");
        if (string.IsNullOrWhiteSpace(input.Name)) Err("name", "Укажите имя.");
        else if (!IsName(input.Name)) Err("name", "Имя может содержать только буквы, пробел, дефис и апостроф.");
        if (!string.IsNullOrWhiteSpace(input.Patronymic) && !IsName(input.Patronymic))
            Err("patronymic", "Отчество может содержать только буквы, пробел, дефис и апостроф.");

        if (input.BirthDate is null) Err("birthDate", "Укажите дату рождения.");
        else if (input.BirthDate > today) Err("birthDate", "Дата рождения не может быть в будущем.");
        else if (input.BirthDate < new DateOnly(1900, 1, 1)) Err("birthDate", "Дата рождения не может быть раньше 01.01.1900.");
        if (input.Sex is null || !Enum.IsDefined(input.Sex.Value)) Err("sex", "Укажите пол.");

        if (!string.IsNullOrWhiteSpace(input.Snils) && !Registry.Snils.TryParse(input.Snils, out _, out var snilsError))
            Err("snils", snilsError!);

        if (input.DeathDate is { } death)
        {
            if (death > today) Err("deathDate", "Дата смерти не может быть в будущем.");
            if (input.BirthDate is { } birth && death < birth) Err("deathDate", "Дата смерти не может быть раньше даты рождения.");
        }
        if (input.IdentityDocument.IssueDate is { } issued)
        {
            if (issued > today) Err("identityDocument.issueDate", "Дата выдачи документа не может быть в будущем.");
            if (input.BirthDate is { } birth && issued < birth) Err("identityDocument.issueDate", "Документ не может быть выдан до рождения.");
        }
        if (!string.IsNullOrWhiteSpace(input.Email) && !MailAddress.TryCreate(input.Email.Trim(), out _))
            Err("email", "Неверный адрес электронной почты.");
        if (!string.IsNullOrWhiteSpace(input.Phone) && input.Phone.Count(char.IsAsciiDigit) is < 10 or > 11)
            Err("phone", "Телефон должен содержать 10 или 11 цифр.");
        if (!string.IsNullOrWhiteSpace(input.RegistrationAddress.PostalCode) && !IsDigits(input.RegistrationAddress.PostalCode, 6))
            Err("registrationAddress.postalCode", "Почтовый индекс — 6 цифр.");
        if (!string.IsNullOrWhiteSpace(input.ActualAddress.PostalCode) && !IsDigits(input.ActualAddress.PostalCode, 6))
            Err("actualAddress.postalCode", "Почтовый индекс — 6 цифр.");

        ValidatePayment(input.PaymentDetails, Err);
        return errors;
    }

    private static void ValidatePayment(PaymentDetails p, Action<string, string> err)
    {
        switch (p.Method)
        {
            case PaymentMethod.Bank:
                if (string.IsNullOrWhiteSpace(p.Bik)) err("paymentDetails.bik", "Укажите БИК банка.");
                if (string.IsNullOrWhiteSpace(p.Account)) err("paymentDetails.account", "Укажите номер счёта.");
                if (!string.IsNullOrWhiteSpace(p.Bik) && !BankAccountKey.IsValidBik(p.Bik.Trim()))
                    err("paymentDetails.bik", "БИК должен состоять из 9 цифр и начинаться с 04.");
                else if (!string.IsNullOrWhiteSpace(p.Bik) && !string.IsNullOrWhiteSpace(p.Account)
                         && !BankAccountKey.IsValid(p.Bik.Trim(), p.Account.Trim(), out var accountError))
                    err("paymentDetails.account", accountError!);
                break;
            case PaymentMethod.Post:
                if (string.IsNullOrWhiteSpace(p.PostOfficeIndex) || !IsDigits(p.PostOfficeIndex, 6))
                    err("paymentDetails.postOfficeIndex", "Укажите индекс почтового отделения (6 цифр).");
                break;
            case null:
                if (!string.IsNullOrWhiteSpace(p.Bik) || !string.IsNullOrWhiteSpace(p.Account) || !string.IsNullOrWhiteSpace(p.PostOfficeIndex))
                    err("paymentDetails.method", "Выберите способ выплаты: реквизиты без способа не сохраняются.");
                break;
            default:
                err("paymentDetails.method", "Неизвестный способ выплаты.");
                break;
        }
    }

    private static bool IsName(string s) => s.Trim().All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '’' or '.');
    private static bool IsDigits(string s, int length) => s.Trim().Length == length && s.Trim().All(char.IsAsciiDigit);

    /// <summary>Copies validated input onto the entity, normalising СНИЛС and trimming text.</summary>
    public static void Apply(CitizenInput input, Citizen c)
    {
        c.Surname = input.Surname!.Trim();
        c.Name = input.Name!.Trim();
        c.Patronymic = Clean(input.Patronymic);
        c.RefreshSearchKeys();
        c.BirthDate = input.BirthDate!.Value;
        c.Sex = input.Sex!.Value;
        c.Snils = string.IsNullOrWhiteSpace(input.Snils) ? null : Registry.Snils.Parse(input.Snils).Digits;
        c.IdentityDocument = Trimmed(input.IdentityDocument);
        c.RegistrationAddress = Trimmed(input.RegistrationAddress);
        c.ActualAddress = Trimmed(input.ActualAddress);
        c.Phone = Clean(input.Phone);
        c.Email = Clean(input.Email);
        c.DeathDate = input.DeathDate;
        var p = input.PaymentDetails;
        c.PaymentDetails = new PaymentDetails
        {
            Method = p.Method,
            Bik = p.Method == PaymentMethod.Bank ? Clean(p.Bik) : null,
            BankName = p.Method == PaymentMethod.Bank ? Clean(p.BankName) : null,
            Account = p.Method == PaymentMethod.Bank ? Clean(p.Account) : null,
            PostOfficeIndex = p.Method == PaymentMethod.Post ? Clean(p.PostOfficeIndex) : null,
        };
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static Address Trimmed(Address a) => new()
    {
        PostalCode = Clean(a.PostalCode), Region = Clean(a.Region), MunicipalDistrict = Clean(a.MunicipalDistrict),
        Settlement = Clean(a.Settlement), Street = Clean(a.Street), House = Clean(a.House), Flat = Clean(a.Flat),
    };

    private static IdentityDocument Trimmed(IdentityDocument d) => new()
    {
        Type = Clean(d.Type), Series = Clean(d.Series), Number = Clean(d.Number), IssueDate = d.IssueDate, Issuer = Clean(d.Issuer),
    };
}
