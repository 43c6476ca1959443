using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Sobes.Domain.Common;

namespace Sobes.Web.Infrastructure;

/// <summary>
/// A record that does not exist or lies outside the user's territory answers 404, a forbidden action 403 —
/// the status pages say so in Russian — instead of the «internal error» page.
/// </summary>
public sealed class DomainExceptionPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        IActionResult? result = executed.Exception switch
        {
            NotFoundException => new NotFoundResult(),
            ForbiddenException => new StatusCodeResult(StatusCodes.Status403Forbidden),
            _ => null,
        };
        if (result is null) return;
        executed.Result = result;
        executed.ExceptionHandled = true;
    }
}
