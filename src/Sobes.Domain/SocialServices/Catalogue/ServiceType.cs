namespace Sobes.Domain.SocialServices;

/// <summary>Kind of social service (442-ФЗ ст. 20).</summary>
public enum ServiceType
{
    Household = 1,
    Medical = 2,
    Psychological = 3,
    Pedagogical = 4,
    Labour = 5,
    Legal = 6,
    CommunicationPotential = 7,
    Urgent = 8,
}

public static class ServiceTypeNames
{
    public static string Russian(this ServiceType type) =>
        type switch
        {
            ServiceType.Household => "Социально-бытовые услуги",
            ServiceType.Medical => "Социально-медицинские услуги",
            ServiceType.Psychological => "Социально-психологические услуги",
            ServiceType.Pedagogical => "Социально-педагогические услуги",
            ServiceType.Labour => "Социально-трудовые услуги",
            ServiceType.Legal => "Социально-правовые услуги",
            ServiceType.CommunicationPotential =>
                "Услуги в целях повышения коммуникативного потенциала получателей социальных услуг, имеющих ограничения жизнедеятельности",
            ServiceType.Urgent => "Срочные социальные услуги",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
}
