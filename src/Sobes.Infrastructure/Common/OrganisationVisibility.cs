using System.Linq.Expressions;
using System.Reflection;
using Sobes.Domain.Organisations;

namespace Sobes.Infrastructure.Common;

/// <summary>Which organisation-owned rows a user sees: the one query rule behind every module's lists and cards.</summary>
public static class OrganisationVisibility
{
    /// <summary>
    /// All rows for a user who sees the whole region, otherwise the rows of the user's own organisation
    /// (the query form of <see cref="UserContext.SeesOrganisation"/>). The filter is built on the entity's own
    /// <c>OrganisationId</c> property with the organisation as a parameter, so EF translates it on SQLite and PostgreSQL alike.
    /// </summary>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> query, UserContext user) where T : class, IOrganisationOwned =>
        user.SeesWholeRegion ? query : query.Where(OwnedBy<T>(user.OrganisationId));

    /// <summary>The same rule on another owner column: the provider of a service (<c>d => d.ProviderOrganisationId</c>) or the owner of a
    /// linked record (<c>r => r.StateAssignment!.OrganisationId</c>).</summary>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> query, UserContext user, Expression<Func<T, int?>> owner)
    {
        if (user.SeesWholeRegion) return query;
        Expression value = Expression.Field(Expression.Constant(new OwnerHolder(user.OrganisationId)), nameof(OwnerHolder.OrganisationId));
        var body = Expression.Equal(owner.Body, Expression.Convert(value, typeof(int?)));
        return query.Where(Expression.Lambda<Func<T, bool>>(body, owner.Parameters));
    }

    private static Expression<Func<T, bool>> OwnedBy<T>(int organisationId)
    {
        var row = Expression.Parameter(typeof(T), "x");
        var property = Expression.Property(row, Owner<T>.Property);
        // A closure member rather than a constant, so the organisation becomes a query parameter (one cached plan for all users).
        var owner = new OwnerHolder(organisationId);
        Expression value = Expression.Field(Expression.Constant(owner), nameof(OwnerHolder.OrganisationId));
        if (property.Type != value.Type) value = Expression.Convert(value, property.Type);
        return Expression.Lambda<Func<T, bool>>(Expression.Equal(property, value), row);
    }

    private sealed class OwnerHolder(int organisationId)
    {
        public readonly int OrganisationId = organisationId;
    }

    private static class Owner<T>
    {
        public static readonly PropertyInfo Property = Find();

        private static PropertyInfo Find()
        {
            var p = typeof(T).GetProperty("OrganisationId", BindingFlags.Public | BindingFlags.Instance);
            if (p is null || (p.PropertyType != typeof(int) && p.PropertyType != typeof(int?)))
                throw new InvalidOperationException(
                    $"{typeof(T).Name} помечен как IOrganisationOwned, но не имеет свойства OrganisationId типа int."
                );
            return p;
        }
    }
}
