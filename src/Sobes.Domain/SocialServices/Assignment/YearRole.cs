namespace Sobes.Domain.SocialServices;

/// <summary>Role of a year in the columns of a state assignment: 2013 отчётный, 2014 текущий, 2015 очередной, 2016–2017 плановый.</summary>
public enum YearRole
{
    Reporting = 1,
    Current = 2,
    Next = 3,
    Planning = 4,
}

public static class YearRoleNames
{
    public static string Russian(this YearRole role) => role switch
    {
        YearRole.Reporting => "отчётный финансовый год",
        YearRole.Current => "текущий финансовый год",
        YearRole.Next => "очередной финансовый год",
        YearRole.Planning => "плановый период",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
