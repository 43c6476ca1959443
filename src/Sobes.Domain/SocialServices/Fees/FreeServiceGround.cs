namespace Sobes.Domain.SocialServices;

/// <summary>
/// Grounds for free service regardless of income. The first two are named by 442-ФЗ ст. 31 ч. 1 (as in force in 2015);
/// a region may add categories by its own act, recorded as <see cref="RegionalCategory"/>.
/// </summary>
public enum FreeServiceGround
{
    MinorChild = 1,
    EmergencyOrArmedConflictVictim = 2,
    RegionalCategory = 3,
}

public static class FreeServiceGroundNames
{
    public static string Russian(this FreeServiceGround ground) =>
        ground switch
        {
            FreeServiceGround.MinorChild => "несовершеннолетний ребёнок (ст. 31 ч. 1 п. 1 442-ФЗ)",
            FreeServiceGround.EmergencyOrArmedConflictVictim =>
                "лицо, пострадавшее в результате чрезвычайной ситуации, вооружённого межнационального (межэтнического) конфликта " +
                    "(ст. 31 ч. 1 п. 2 442-ФЗ)",
            FreeServiceGround.RegionalCategory => "категория, установленная нормативным правовым актом субъекта Российской Федерации",
            _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, null),
        };
}
