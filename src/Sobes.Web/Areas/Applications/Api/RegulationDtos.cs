using Sobes.Domain.Applications;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Applications;
using Sobes.Web.Areas.Measures.Api;

namespace Sobes.Web.Areas.Applications.Api;

public sealed record DurationDto(int Value, DurationUnit Unit, string Text)
{
    public static DurationDto From(RegulatedDuration d) => new(d.Value, d.Unit, d.Russian());
}

public sealed record RegulationListDto(int Id, string Code, string Name, DurationDto DecisionDeadline, int Measures);

public sealed record RegulationDocumentDto(
    int Id,
    int Order,
    string Name,
    string Clause,
    bool Mandatory,
    DocumentSource Source,
    string? ProvidingBody,
    int? ValidityDays,
    string? AlternativeGroup,
    string Condition
)
{
    public static RegulationDocumentDto From(RegulationDocument d) =>
        new(d.Id, d.Order, d.Name, d.Clause, d.Mandatory, d.Source, d.ProvidingBody, d.ValidityDays, d.AlternativeGroup, d.Condition);
}

public sealed record RegulationStepDto(int Id, int Order, string Name, string Clause, Role PerformerRole, string Performer, DurationDto MaxDuration);

public sealed record RefusalGroundDto(int Id, string Code, string Text, string LegalReference)
{
    public static RefusalGroundDto From(RefusalGround g) => new(g.Id, g.Code, g.Text, g.LegalReference);
}

public sealed record RegulationDto(
    int Id,
    string Code,
    string Name,
    LegalActDto? LegalAct,
    DurationDto DecisionDeadline,
    string DecisionDeadlineClause,
    int ComplaintAnswerDays,
    int ComplaintExtensionDays,
    string ComplaintClause,
    int InteragencyAnswerWorkingDays,
    IReadOnlyList<RegulationDocumentDto> Documents,
    IReadOnlyList<RegulationStepDto> Steps,
    IReadOnlyList<RefusalGroundDto> RefusalGrounds,
    IReadOnlyList<object> Measures
)
{
    public static RegulationDto From(RegulationCard c)
    {
        var r = c.Regulation;
        return new(
            r.Id,
            r.Code,
            r.Name,
            LegalActDto.From(r.LegalAct),
            DurationDto.From(r.DecisionDeadline),
            r.DecisionDeadlineClause,
            r.ComplaintAnswerDays,
            r.ComplaintExtensionDays,
            r.ComplaintClause,
            r.InteragencyAnswerWorkingDays,
            r.Documents.Select(RegulationDocumentDto.From).ToList(),
            r.Steps.Select(s => new RegulationStepDto(
                    s.Id,
                    s.Order,
                    s.Name,
                    s.Clause,
                    s.PerformerRole,
                    s.Performer,
                    DurationDto.From(s.MaxDuration)
                ))
                .ToList(),
            r.RefusalGrounds.Select(RefusalGroundDto.From).ToList(),
            c.Measures.Select(m =>
                    (object)
                        new
                        {
                            m.Id,
                            m.Code,
                            m.ShortName,
                        }
                )
                .ToList()
        );
    }
}
