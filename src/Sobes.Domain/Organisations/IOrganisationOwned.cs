namespace Sobes.Domain.Organisations;

/// <summary>
/// A row owned by one organisation through its mapped property <c>OrganisationId</c> (int, or int? when the owner may be unset):
/// a user sees it when it belongs to the user's own organisation, or always when the user sees the whole region (the ministry).
/// The query form is <c>Sobes.Infrastructure.Common.OrganisationVisibility.VisibleTo</c>; the in-memory form is
/// <see cref="UserContext.SeesOrganisation"/>.
/// </summary>
public interface IOrganisationOwned;
