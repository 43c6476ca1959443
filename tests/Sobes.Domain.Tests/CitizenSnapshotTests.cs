using Sobes.Domain.Audit;
using Sobes.Domain.Registry;

namespace Sobes.Domain.Tests;

// The history of a personal file lists exactly the labelled fields that changed, with old and new values.
public class CitizenSnapshotTests
{
    private static Citizen Sample() => new()
    {
        Surname = "Иванова", Name = "Ольга", Patronymic = "Петровна", BirthDate = new(1975, 8, 30),
        Sex = Sex.Female, Snils = "11223344595", Phone = "+7 351 200-00-00", TerritoryId = 3,
        RegistrationAddress = new() { PostalCode = "454000", Settlement = "г. Челябинск", Street = "ул. Кирова", House = "1" },
    };

    [Fact]
    public void Change_of_surname_and_phone_yields_exactly_those_two_changes()
    {
        var citizen = Sample();
        var before = CitizenSnapshot.Of(citizen);
        citizen.Surname = "Смирнова";
        citizen.Phone = "+7 912 345-67-89";

        var changes = CitizenSnapshot.Diff(before, CitizenSnapshot.Of(citizen));

        Assert.Equal(
            [new FieldChange("Фамилия", "Иванова", "Смирнова"), new FieldChange("Телефон", "+7 351 200-00-00", "+7 912 345-67-89")],
            changes);
    }

    [Fact]
    public void Unchanged_file_yields_no_changes() =>
        Assert.Empty(CitizenSnapshot.Diff(CitizenSnapshot.Of(Sample()), CitizenSnapshot.Of(Sample())));

    // Blank and missing values are the same for the history, so clearing "" to null is no change.
    [Fact]
    public void Blank_and_missing_values_are_equal()
    {
        var citizen = Sample();
        citizen.Email = "";
        var before = CitizenSnapshot.Of(citizen);
        citizen.Email = null;
        Assert.Empty(CitizenSnapshot.Diff(before, CitizenSnapshot.Of(citizen)));
    }
}

public class CitizenSnapshotTerritoryTests
{
    [Fact]
    public void The_history_names_the_territory_when_a_resolver_is_given()
    {
        var c = new Sobes.Domain.Registry.Citizen { Surname = "Иванов", Name = "Иван", TerritoryId = 7 };
        Assert.Equal(
            "Каслинский муниципальный район",
            Sobes.Domain.Registry.CitizenSnapshot.Of(c, _ => "Каслинский муниципальный район")["Территория"]
        );
        Assert.Equal("7", Sobes.Domain.Registry.CitizenSnapshot.Of(c)["Территория"]);
    }
}
