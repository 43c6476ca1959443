using Sobes.Domain.Registry;

namespace Sobes.Domain.Tests;

// A probable duplicate: the same СНИЛС, or the same full name and birth date with case and ё/е ignored.
public class DuplicateRulesTests
{
    private static readonly Citizen Existing = new()
    {
        Id = 7, Surname = "Семёнов", Name = "Пётр", Patronymic = "Фёдорович",
        BirthDate = new(1950, 1, 15), Snils = "11223344595",
    };

    [Fact]
    public void Same_SNILS_is_a_duplicate_whatever_the_name() =>
        Assert.Equal(DuplicateReason.SameSnils,
            DuplicateRules.Match(Existing, "11223344595", "Кузнецов", "Олег", null, new(1980, 2, 2)));

    [Fact]
    public void Same_name_and_birth_date_ignoring_case_and_yo_is_a_duplicate() =>
        Assert.Equal(DuplicateReason.SameNameAndBirthDate,
            DuplicateRules.Match(Existing, null, "СЕМЕНОВ", "петр", "Федорович", new(1950, 1, 15)));

    [Fact]
    public void Surrounding_spaces_do_not_hide_a_duplicate() =>
        Assert.Equal(DuplicateReason.SameNameAndBirthDate,
            DuplicateRules.Match(Existing, "00000000000", " Семенов ", "Петр ", "Федорович", new(1950, 1, 15)));

    [Fact]
    public void Same_name_with_another_birth_date_is_not_a_duplicate() =>
        Assert.Null(DuplicateRules.Match(Existing, null, "Семёнов", "Пётр", "Фёдорович", new(1950, 1, 16)));

    [Fact]
    public void Another_patronymic_is_not_a_duplicate() =>
        Assert.Null(DuplicateRules.Match(Existing, null, "Семёнов", "Пётр", "Иванович", new(1950, 1, 15)));

    [Fact]
    public void Two_files_without_SNILS_are_not_duplicates_by_SNILS()
    {
        var noSnils = new Citizen { Surname = "Орлова", Name = "Мария", BirthDate = new(1990, 3, 3) };
        Assert.Null(DuplicateRules.Match(noSnils, null, "Павлова", "Нина", null, new(1991, 4, 4)));
    }

    [Fact]
    public void Missing_and_empty_patronymic_match() =>
        Assert.Equal(DuplicateReason.SameNameAndBirthDate, DuplicateRules.Match(
            new Citizen { Surname = "Орлова", Name = "Мария", Patronymic = null, BirthDate = new(1990, 3, 3) },
            null, "Орлова", "Мария", "", new(1990, 3, 3)));
}
