using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

/// <summary>
/// With --profile: the time of every SQL command the run issues, from execution to the reader's disposal (so reading the rows counts),
/// grouped by statement kind and table. What the stage took minus these is the application's own CPU (EF materialisation, change
/// tracking, the rules, formatting).
/// </summary>
sealed partial class CommandProfile : DbCommandInterceptor
{
    public static readonly CommandProfile Instance = new();
    private readonly ConcurrentDictionary<string, (long Count, double Ms, long Statements)> totals = new();
    private readonly ConditionalWeakTable<DbCommand, Stopwatch> running = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result
    )
    {
        Start(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken ct = default
    )
    {
        Start(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Start(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result,
        CancellationToken ct = default
    )
    {
        Start(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Start(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result,
        CancellationToken ct = default
    )
    {
        Start(command);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) { Stop(command); return result; }
    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command,
        CommandExecutedEventData eventData,
        int result,
        CancellationToken ct = default
    )
    {
        Stop(command);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) { Stop(command); return result; }
    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command,
        CommandExecutedEventData eventData,
        object? result,
        CancellationToken ct = default
    )
    {
        Stop(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Stop(command);
        return result;
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(
        DbCommand command,
        DataReaderClosingEventData eventData,
        InterceptionResult result
    )
    {
        Stop(command);
        return ValueTask.FromResult(result);
    }

    private void Start(DbCommand c) => running.AddOrUpdate(c, Stopwatch.StartNew());

    private void Stop(DbCommand c)
    {
        if (!running.TryGetValue(c, out var sw)) return;
        running.Remove(c);
        var key = KeyOf(c.CommandText);
        var statements = Math.Max(1, Insert().Count(c.CommandText) + Update().Count(c.CommandText));
        totals.AddOrUpdate(key, (1, sw.Elapsed.TotalMilliseconds, statements), (_, t) =>
            (t.Count + 1, t.Ms + sw.Elapsed.TotalMilliseconds, t.Statements + statements)
        );
    }

    private static string KeyOf(string sql)
    {
        var verb = sql.TrimStart().Split(' ', 2)[0].ToUpperInvariant();
        var table = verb switch
        {
            "INSERT" => Insert().Match(sql).Groups[1].Value,
            "UPDATE" => Update().Match(sql).Groups[1].Value,
            _ => From().Match(sql).Groups[1].Value,
        };
        return $"{verb} {table}";
    }

    public void Print(string title, double stageMs)
    {
        Console.WriteLine($"  profile of {title}: SQL commands (execution + reading), by kind");
        foreach (var (key, (count, ms, statements)) in totals.OrderByDescending(t => t.Value.Ms).Take(14))
            Console.WriteLine($"    {ms,10:N0} ms {count,8:N0} commands {statements,9:N0} statements  {key}");
        var db = totals.Values.Sum(t => t.Ms);
        Console.WriteLine($"    SQL total {db:N0} ms; the rest of the {stageMs:N0} ms ({stageMs - db:N0} ms) is the application's own CPU");
        totals.Clear();
    }

    [GeneratedRegex("INSERT INTO \"?(\\w+)")] private static partial Regex Insert();
    [GeneratedRegex("UPDATE \"?(\\w+)")] private static partial Regex Update();
    [GeneratedRegex("FROM \"?(\\w+)")] private static partial Regex From();
}
