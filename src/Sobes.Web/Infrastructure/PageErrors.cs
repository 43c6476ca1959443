using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sobes.Domain.Common;

namespace Sobes.Web.Infrastructure;

public static class PageErrors
{
    /// <summary>Maps a domain field path ("registrationAddress.house") to the form's model key ("Input.RegistrationAddress.House").</summary>
    public static string ModelKey(string prefix, string field) =>
        string.Join('.', new[] { prefix }.Concat(field.Split('.').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..])))
              .TrimStart('.');

    public static void AddDomainErrors(this ModelStateDictionary state, IEnumerable<ValidationError> errors, string prefix)
    {
        foreach (var e in errors) state.AddModelError(ModelKey(prefix, e.Field), e.Message);
    }

    /// <summary>Runs a change and turns rule violations into messages on the page instead of an error screen.</summary>
    public static async Task<bool> TryAsync(this ModelStateDictionary state, string prefix, Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (DomainValidationException v) { state.AddDomainErrors(v.Errors, prefix); }
        catch (ConflictException c) { state.AddModelError(c.Field is null ? "" : ModelKey(prefix, c.Field), c.Message); }
        catch (ForbiddenException f) { state.AddModelError("", f.Message); }
        catch (NotFoundException n) { state.AddModelError("", n.Message); }
        return false;
    }
}
