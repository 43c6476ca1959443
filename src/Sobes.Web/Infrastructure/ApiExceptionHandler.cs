using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Sobes.Domain.Common;

namespace Sobes.Web.Infrastructure;

/// <summary>Turns domain exceptions into problem-details answers (RFC 9457) for the API.</summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        // The middleware has already rewritten Request.Path to the error page; the feature keeps the original.
        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path.Value ?? "";
        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase)) return false;
        ProblemDetails? details = exception switch
        {
            DomainValidationException v => new ValidationProblemDetails(
                v.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray())
            )
            {
                Status = 400,
                Title = "Данные не прошли проверку.",
            },
            NotFoundException nf => new ProblemDetails
            {
                Status = 404,
                Title = "Не найдено.",
                Detail = nf.Message,
            },
            ConflictException c => c.Field is null
                ? new ProblemDetails
                {
                    Status = 409,
                    Title = "Конфликт данных.",
                    Detail = c.Message,
                }
                : new ValidationProblemDetails(new Dictionary<string, string[]> { [c.Field] = [c.Message] })
                {
                    Status = 409,
                    Title = "Конфликт данных.",
                    Detail = c.Message,
                },
            ForbiddenException f => new ProblemDetails
            {
                Status = 403,
                Title = "Недостаточно прав.",
                Detail = f.Message,
            },
            BadHttpRequestException b => new ProblemDetails
            {
                Status = b.StatusCode,
                Title = "Неверный запрос.",
                Detail = BadRequestText(b),
            },
            _ => null,
        };
        if (details is null) return false;
        http.Response.StatusCode = details.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details, Exception = exception });
    }

    private static string BadRequestText(BadHttpRequestException b) =>
        b.InnerException is System.Text.Json.JsonException j
            ? $"Тело запроса не является корректным JSON или содержит значение неверного типа ({j.Path})."
            : "Запрос не удалось разобрать: " + b.Message;
}
