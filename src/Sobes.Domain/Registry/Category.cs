namespace Sobes.Domain.Registry;

/// <summary>A category of entitlement (льготная категория) — reference data.</summary>
public class CategoryKind
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The document that usually confirms it, e.g. "Удостоверение ветерана труда".</summary>
    public string DocumentName { get; set; } = "";
    public string? LegalBasis { get; set; }
}

/// <summary>A citizen's category with its confirming certificate (удостоверение / справка).</summary>
public class CitizenCategory
{
    public long Id { get; set; }
    public long CitizenId { get; set; }
    public int CategoryKindId { get; set; }
    public CategoryKind? CategoryKind { get; set; }
    public string? DocumentType { get; set; }
    public string? DocumentSeries { get; set; }
    public string? DocumentNumber { get; set; }
    public DateOnly? DocumentIssueDate { get; set; }
    public string? DocumentIssuer { get; set; }
    /// <summary>Null: indefinite (бессрочно).</summary>
    public DateOnly? ValidUntil { get; set; }

    public bool IsValidOn(DateOnly date) => ValidUntil is null || ValidUntil >= date;
}

/// <summary>Any other document kept in the personal file (birth certificate, court decision …).</summary>
public class CitizenDocument
{
    public long Id { get; set; }
    public long CitizenId { get; set; }
    public string Type { get; set; } = "";
    public string? Series { get; set; }
    public string? Number { get; set; }
    public DateOnly? IssueDate { get; set; }
    public string? Issuer { get; set; }
    public string? Note { get; set; }
}
