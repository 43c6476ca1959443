using Sobes.Domain.Registry;

namespace Sobes.Domain.Tests;

public class CitizenRulesTests
{
    private static readonly DateOnly Today = new(2025, 3, 1);

    private static CitizenInput Valid() => new()
    {
        Surname = "Иванов", Name = "Иван", Patronymic = "Иванович",
        BirthDate = new(1960, 5, 17), Sex = Sex.Male, Snils = "112-233-445 95",
    };

    private static IEnumerable<string> Fields(CitizenInput input) => CitizenRules.Validate(input, Today).Select(e => e.Field);

    [Fact]
    public void Complete_input_has_no_errors() => Assert.Empty(CitizenRules.Validate(Valid(), Today));

    // Surname, name, birth date and sex are required for a personal file.
    [Fact]
    public void Missing_required_fields_are_each_reported()
    {
        var input = Valid();
        input.Surname = null;
        input.Name = "  ";
        input.BirthDate = null;
        input.Sex = null;
        Assert.Equal(["surname", "name", "birthDate", "sex"], Fields(input));
    }

    [Fact]
    public void Birth_date_in_the_future_is_rejected()
    {
        var input = Valid();
        input.BirthDate = Today.AddDays(1);
        var error = Assert.Single(CitizenRules.Validate(input, Today));
        Assert.Equal(("birthDate", "Дата рождения не может быть в будущем."), (error.Field, error.Message));
    }

    [Fact]
    public void Wrong_SNILS_is_reported_on_the_snils_field_with_the_checksum_message()
    {
        var input = Valid();
        input.Snils = "112-233-445 96";
        var error = Assert.Single(CitizenRules.Validate(input, Today));
        Assert.Equal("snils", error.Field);
        Assert.Contains("контрольная сумма", error.Message);
    }

    [Fact]
    public void SNILS_is_optional() // a newborn may have none yet
    {
        var input = Valid();
        input.Snils = null;
        Assert.Empty(CitizenRules.Validate(input, Today));
    }

    [Theory]
    [InlineData("ivanov@")]
    [InlineData("ivanov.mail.ru")]
    public void Malformed_email_is_rejected(string email)
    {
        var input = Valid();
        input.Email = email;
        Assert.Equal(["email"], Fields(input));
    }

    // Control key of the account against the BIK (Bank of Russia rules № 515).
    [Fact]
    public void Bank_account_with_a_wrong_key_is_reported_on_the_account()
    {
        var input = Valid();
        input.PaymentDetails = new() { Method = PaymentMethod.Bank, Bik = "047501602", Account = "40817810072000012345" };
        Assert.Equal(["paymentDetails.account"], Fields(input));
    }

    [Fact]
    public void Bank_details_with_a_valid_key_pass()
    {
        var input = Valid();
        input.PaymentDetails = new() { Method = PaymentMethod.Bank, Bik = "047501602", Account = " 40817810172000012345 " };
        Assert.Empty(CitizenRules.Validate(input, Today));
    }

    [Fact]
    public void Bank_method_needs_BIK_and_account()
    {
        var input = Valid();
        input.PaymentDetails = new() { Method = PaymentMethod.Bank };
        Assert.Equal(["paymentDetails.bik", "paymentDetails.account"], Fields(input));
    }

    // Postal delivery needs the 6-digit index of the delivering post office.
    [Theory]
    [InlineData(null)]
    [InlineData("45400")]
    [InlineData("4540001")]
    [InlineData("45400A")]
    public void Post_method_needs_a_six_digit_index(string? index)
    {
        var input = Valid();
        input.PaymentDetails = new() { Method = PaymentMethod.Post, PostOfficeIndex = index };
        Assert.Equal(["paymentDetails.postOfficeIndex"], Fields(input));
    }

    [Fact]
    public void Post_method_with_a_six_digit_index_passes()
    {
        var input = Valid();
        input.PaymentDetails = new() { Method = PaymentMethod.Post, PostOfficeIndex = "454000" };
        Assert.Empty(CitizenRules.Validate(input, Today));
    }

    [Fact]
    public void Apply_stores_SNILS_as_eleven_digits_and_trims_text()
    {
        var input = Valid();
        input.Surname = "  Семёнова ";
        input.Name = " Анна ";
        input.Patronymic = "   ";
        input.Email = " anna@example.ru ";
        input.RegistrationAddress = new() { PostalCode = " 454000 ", Settlement = " г. Челябинск ", Flat = " " };
        input.PaymentDetails = new() { Method = PaymentMethod.Post, PostOfficeIndex = " 454000 ", Bik = "047501602" };
        var citizen = new Citizen();

        CitizenRules.Apply(input, citizen);

        Assert.Equal("11223344595", citizen.Snils);
        Assert.Equal("Семёнова", citizen.Surname);
        Assert.Equal("СЕМЕНОВА", citizen.SurnameKey);
        Assert.Equal("Анна", citizen.Name);
        Assert.Null(citizen.Patronymic);
        Assert.Equal("anna@example.ru", citizen.Email);
        Assert.Equal("454000", citizen.RegistrationAddress.PostalCode);
        Assert.Equal("г. Челябинск", citizen.RegistrationAddress.Settlement);
        Assert.Null(citizen.RegistrationAddress.Flat);
        Assert.Equal("454000", citizen.PaymentDetails.PostOfficeIndex);
        Assert.Null(citizen.PaymentDetails.Bik); // bank fields do not survive a switch to postal delivery
    }

    [Fact]
    public void Apply_stores_no_SNILS_when_none_given()
    {
        var input = Valid();
        input.Snils = " ";
        var citizen = new Citizen { Snils = "11223344595" };
        CitizenRules.Apply(input, citizen);
        Assert.Null(citizen.Snils);
    }
}

public class RussianPluralTests
{
    [Theory]
    [InlineData(1, "1 год")]
    [InlineData(2, "2 года")]
    [InlineData(5, "5 лет")]
    [InlineData(11, "11 лет")]
    [InlineData(14, "14 лет")]
    [InlineData(21, "21 год")]
    [InlineData(22, "22 года")]
    [InlineData(111, "111 лет")]
    public void Years_use_the_right_russian_form(int n, string expected) =>
        Assert.Equal(expected, Sobes.Domain.Common.RussianPlural.Years(n));
}
