using Sobes.Domain.Registry;

namespace Sobes.Web.Areas.Registry.Api;

public sealed class CitizenUpdateRequest : CitizenInput
{
    /// <summary>The version read before editing; a mismatch means someone else changed the file (409).</summary>
    public int? Version { get; set; }
}

public sealed record FamilyTieDto(
    long Id,
    long RelativeId,
    string RelativeName,
    DateOnly RelativeBirthDate,
    FamilyRelation Relation,
    string RelationName,
    DateOnly? Since,
    string? Note
);

public sealed record CategoryDto(long Id, int CategoryKindId, string Code, string Name, string? DocumentType, string? DocumentSeries,
    string? DocumentNumber, DateOnly? DocumentIssueDate, string? DocumentIssuer, DateOnly? ValidUntil);

public sealed record DocumentDto(long Id, string Type, string? Series, string? Number, DateOnly? IssueDate, string? Issuer, string? Note);

public sealed record DuplicateDto(long CitizenId, string FullName, DateOnly BirthDate, string Reason);

public sealed record CitizenDto(
    long Id, string Surname, string Name, string? Patronymic, string FullName, DateOnly BirthDate, Sex Sex, string? Snils,
    IdentityDocument IdentityDocument, Address RegistrationAddress, Address ActualAddress, string? Phone, string? Email,
    DateOnly? DeathDate, PaymentDetails PaymentDetails, int TerritoryId, int Version,
    IReadOnlyList<FamilyTieDto> FamilyTies, IReadOnlyList<CategoryDto> Categories, IReadOnlyList<DocumentDto> Documents,
    IReadOnlyList<DuplicateDto>? Warnings = null)
{
    public static CitizenDto From(Citizen c, IEnumerable<FamilyTie>? inverseTies = null, IReadOnlyList<DuplicateCandidate>? warnings = null) =>
        new(
            c.Id,
            c.Surname,
            c.Name,
            c.Patronymic,
            c.FullName,
            c.BirthDate,
            c.Sex,
            c.Snils is null ? null : c.SnilsFormatted,
            c.IdentityDocument,
            c.RegistrationAddress,
            c.ActualAddress,
            c.Phone,
            c.Email,
            c.DeathDate,
            c.PaymentDetails,
            c.TerritoryId,
            c.Version,
            c.FamilyTies.Concat(inverseTies ?? [])
                .Select(t => new FamilyTieDto(
                    t.Id,
                    t.RelativeId,
                    t.Relative?.FullName ?? "",
                    t.Relative?.BirthDate ?? default,
                    t.Relation,
                    t.Relation.Russian(),
                    t.Since,
                    t.Note
                ))
                .ToList(),
            c.Categories.Select(k => new CategoryDto(
                    k.Id,
                    k.CategoryKindId,
                    k.CategoryKind?.Code ?? "",
                    k.CategoryKind?.Name ?? "",
                    k.DocumentType,
                    k.DocumentSeries,
                    k.DocumentNumber,
                    k.DocumentIssueDate,
                    k.DocumentIssuer,
                    k.ValidUntil
                ))
                .ToList(),
            c.Documents.Select(d => new DocumentDto(d.Id, d.Type, d.Series, d.Number, d.IssueDate, d.Issuer, d.Note)).ToList(),
            warnings?.Select(w => new DuplicateDto(w.CitizenId, w.FullName, w.BirthDate, w.Reason.Russian())).ToList()
        );
}
