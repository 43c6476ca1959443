namespace Sobes.Domain.Common;

/// <summary>Dates and deadlines are the region's local dates (e.g. Chelyabinsk, UTC+5), not the server's.</summary>
public sealed class RegionClock(TimeProvider time, TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;
    public DateTime NowUtc => time.GetUtcNow().UtcDateTime;
    public DateTime NowLocal => TimeZoneInfo.ConvertTimeFromUtc(time.GetUtcNow().UtcDateTime, Zone);
    public DateOnly Today => DateOnly.FromDateTime(NowLocal);
    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
    public DateTime StartOfDayUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);
}
