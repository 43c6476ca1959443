using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.SocialServices;

public sealed class TariffInput
{
    public int? SocialServiceId { get; set; }
    public ServiceForm? Form { get; set; }
    public TariffKind Kind { get; set; } = TariffKind.Tariff;
    public DateOnly ValidFrom { get; set; }
    public decimal Price { get; set; }
    public TariffUnit Unit { get; set; } = TariffUnit.PerHour;
    public string? LegalAct { get; set; }
}

public sealed class SubsistenceMinimumInput
{
    public SubsistenceGroup Group { get; set; } = SubsistenceGroup.Pensioners;
    public DateOnly ValidFrom { get; set; }
    public decimal Amount { get; set; }
    public string? LegalAct { get; set; }
}

public sealed class SocialServiceInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public ServiceForm Form { get; set; }
    public ServiceType Type { get; set; }
    public string? Unit { get; set; }
    public int? TimeNormMinutes { get; set; }
}

/// <summary>A catalogue service with the tariff in force on a date, for lists and pickers.</summary>
public sealed record CatalogueItem(SocialService Service, ServiceTariff? Tariff, ServiceTariff? PaidCap);

/// <summary>The catalogue of services, dated tariffs, the subsistence minimum and the fee rule — reference data of the module.</summary>
public sealed class CatalogueService(SobesDbContext db, AuditLog audit, RegionClock clock)
{
    public async Task<IReadOnlyList<CatalogueItem>> ListAsync(DateOnly on, bool activeOnly = false, CancellationToken ct = default)
    {
        var services = await db.SocialServices.AsNoTracking().Where(s => !activeOnly || s.IsActive).ToListAsync(ct);
        var tariffs = await db.ServiceTariffs.AsNoTracking().ToListAsync(ct);
        return services.OrderBy(s => s.Form).ThenBy(s => s.Code, CodeComparer.Instance)
            .Select(s => new CatalogueItem(s, TariffRules.FindFor(tariffs, s, on), TariffRules.FindFor(tariffs, s, on, TariffKind.PaidServiceCap)))
            .ToList();
    }

    public Task<List<ServiceTariff>> TariffsAsync(CancellationToken ct = default) =>
        db.ServiceTariffs.AsNoTracking().Include(t => t.SocialService).OrderByDescending(t => t.ValidFrom).ThenBy(t => t.Id).ToListAsync(ct);

    public Task<List<SubsistenceMinimum>> SubsistenceMinimumsAsync(CancellationToken ct = default) =>
        db.SubsistenceMinimums.AsNoTracking().OrderByDescending(m => m.ValidFrom).ThenBy(m => m.Group).ToListAsync(ct);

    public Task<List<FeeRule>> FeeRulesAsync(CancellationToken ct = default) =>
        db.FeeRules.AsNoTracking().OrderByDescending(r => r.ValidFrom).ToListAsync(ct);

    public async Task<ServiceTariff> AddTariffAsync(UserContext user, TariffInput input, CancellationToken ct = default)
    {
        SocialServicesAccess.RequireReferenceEditor(user);
        var tariff = new ServiceTariff
        {
            SocialServiceId = input.SocialServiceId, Form = input.SocialServiceId is null ? input.Form : null, Kind = input.Kind,
            ValidFrom = input.ValidFrom, Price = input.Price, Unit = input.Unit, LegalAct = input.LegalAct?.Trim() ?? "",
        };
        var errors = TariffRules.Validate(tariff).ToList();
        if (input.SocialServiceId is null && input.Form is null) errors.Add(new("form", "Укажите услугу или форму обслуживания."));
        if (input.ValidFrom == default) errors.Add(new("validFrom", "Укажите дату начала действия тарифа."));
        if (input.SocialServiceId is { } sid && !await db.SocialServices.AnyAsync(s => s.Id == sid, ct))
            errors.Add(new("socialServiceId", "Нет такой услуги в перечне."));
        DomainValidationException.ThrowIfAny(errors);
        db.ServiceTariffs.Add(tariff);
        audit.Add(user, AuditAction.Create, nameof(ServiceTariff), null, null,
            $"Тариф {tariff.Price} ₽ {tariff.Unit.Russian()} с {tariff.ValidFrom:dd.MM.yyyy} ({tariff.Kind.Russian()}); {tariff.LegalAct}");
        await db.SaveChangesAsync(ct);
        return tariff;
    }

    public async Task<SubsistenceMinimum> AddSubsistenceMinimumAsync(UserContext user, SubsistenceMinimumInput input, CancellationToken ct = default)
    {
        SocialServicesAccess.RequireReferenceEditor(user);
        var region = await db.RegionOfAsync(user.OrganisationId, ct);
        var errors = new List<ValidationError>();
        if (input.Amount <= 0) errors.Add(new("amount", "Величина прожиточного минимума должна быть больше нуля."));
        if (input.ValidFrom == default) errors.Add(new("validFrom", "Укажите дату, с которой применяется величина."));
        if (string.IsNullOrWhiteSpace(input.LegalAct)) errors.Add(new("legalAct", "Укажите акт, которым установлена величина."));
        if (await db.SubsistenceMinimums.AnyAsync(m => m.Region == region && m.Group == input.Group && m.ValidFrom == input.ValidFrom, ct))
            errors.Add(new("validFrom", "На эту дату величина для этой группы уже внесена."));
        DomainValidationException.ThrowIfAny(errors);
        var m = new SubsistenceMinimum
        {
            Region = region,
            Group = input.Group,
            ValidFrom = input.ValidFrom,
            Amount = input.Amount,
            LegalAct = input.LegalAct!.Trim(),
        };
        db.SubsistenceMinimums.Add(m);
        audit.Add(user, AuditAction.Create, nameof(SubsistenceMinimum), null, null,
            $"Прожиточный минимум {region} {input.Group.Russian()} с {input.ValidFrom:dd.MM.yyyy}: {input.Amount} ₽");
        await db.SaveChangesAsync(ct);
        return m;
    }

    public async Task<SocialService> AddServiceAsync(UserContext user, SocialServiceInput input, CancellationToken ct = default)
    {
        SocialServicesAccess.RequireReferenceEditor(user);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(input.Code)) errors.Add(new("code", "Укажите код услуги."));
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add(new("name", "Укажите наименование услуги."));
        if (string.IsNullOrWhiteSpace(input.Unit)) errors.Add(new("unit", "Укажите единицу услуги."));
        if (input.TimeNormMinutes is <= 0) errors.Add(new("timeNormMinutes", "Норма времени должна быть больше нуля."));
        if (!Enum.IsDefined(input.Form)) errors.Add(new("form", "Укажите форму обслуживания."));
        if (!Enum.IsDefined(input.Type)) errors.Add(new("type", "Укажите вид услуги."));
        var code = input.Code?.Trim() ?? "";
        if (code.Length > 0 && await db.SocialServices.AnyAsync(s => s.Code == code, ct)) errors.Add(new("code", "Услуга с таким кодом уже есть."));
        DomainValidationException.ThrowIfAny(errors);
        var s = new SocialService
        {
            Code = code,
            Name = input.Name!.Trim(),
            Form = input.Form,
            Type = input.Type,
            Unit = input.Unit!.Trim(),
            TimeNormMinutes = input.TimeNormMinutes,
        };
        db.SocialServices.Add(s);
        audit.Add(user, AuditAction.Create, nameof(SocialService), null, null, $"Услуга {s.Code} «{s.Name}» добавлена в перечень");
        await db.SaveChangesAsync(ct);
        return s;
    }

    public DateOnly Today => clock.Today;
}

/// <summary>Orders "1.10" after "1.9".</summary>
public sealed class CodeComparer : IComparer<string>
{
    public static readonly CodeComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? "").Split('.');
        var b = (y ?? "").Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = int.TryParse(a[i], out var p) && int.TryParse(b[i], out var q) ? p.CompareTo(q) : string.CompareOrdinal(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Length.CompareTo(b.Length);
    }
}
