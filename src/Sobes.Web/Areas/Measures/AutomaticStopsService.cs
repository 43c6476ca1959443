using Sobes.Domain.Common;
using Sobes.Infrastructure.Measures;

namespace Sobes.Web.Areas.Measures;

/// <summary>
/// Stops the assignments whose term is over or whose recipient or child has died (<see cref="AssignmentService.StopDueAsync"/>):
/// at start-up and then every night shortly after midnight in the region's time zone. Off with Measures:AutomaticStops=false.
/// </summary>
public sealed class AutomaticStopsService(
    IServiceScopeFactory scopes,
    RegionClock clock,
    IConfiguration config,
    ILogger<AutomaticStopsService> log
) : BackgroundService
{
    private static readonly TimeSpan AfterMidnight = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue("Measures:AutomaticStops", true)) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunOnceAsync(stoppingToken);
            var next = clock.StartOfDayUtc(clock.Today.AddDays(1)) + AfterMidnight;
            var wait = next - clock.NowUtc;
            try { await Task.Delay(wait > TimeSpan.Zero ? wait : AfterMidnight, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<AutomaticStops>().StopDueAsync(null, clock.Today, ct);
            if (result.Count > 0)
                log.LogInformation(
                    "Автоматически прекращено выплат: {Count} (срок истёк: {Ended}, смерть: {Deceased})",
                    result.Count,
                    result.TermEnded.Count,
                    result.OnDeath.Count
                );
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed night must not stop the host; the next run (or the administrator's) catches up.
            log.LogError(e, "Автоматическое прекращение выплат не выполнено");
        }
    }
}
