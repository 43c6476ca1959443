using System.Diagnostics;
using System.Text.Json;

// Payment run benchmark (issue 4 item 7): a region of N citizens with M active monthly assignments, one monthly payment period end to end,
// beside the time PostgreSQL's COPY (or SQLite's INSERT … SELECT) takes to write the same payment lines.
// Usage: dotnet Sobes.Bench.Payments.dll --provider sqlite|postgres [--connection CS] [--citizens N] [--assignments M]
//        [--stage load|run|all] [--month yyyy-MM] [--batch 5000] [--results file.jsonl]
// «load» creates the database and the region; «run» (re)runs the month on it, so the run's peak memory is its own.
var opts = BenchOptions.Parse(args);
Console.WriteLine(
    $"== {opts.ProviderName}: {opts.Citizens:N0} citizens, {opts.Assignments:N0} assignments, month {opts.Month:yyyy-MM}, stage {opts.Stage}"
);

if (opts.Stage is "load" or "all")
{
    var sw = Stopwatch.StartNew();
    var region = await RegionGenerator.CreateSchemaAsync(opts);
    Console.WriteLine($"  load: schema + catalogue (DatabaseSeeder) {sw.ElapsedMilliseconds,8:N0} ms; {region.Districts.Length} departments, " +
                      $"{region.MeasurePool.Distinct().Count()} monthly measures");
    sw.Restart();
    await new RegionGenerator(opts, region).LoadAsync();
    Console.WriteLine($"  load: total {sw.ElapsedMilliseconds,8:N0} ms; peak memory {Memory.PeakMb():N0} MB");
}

if (opts.Stage is "run" or "all")
{
    Console.WriteLine("  payment run, department by department:");
    var stages = await new PaymentRunBench(opts).RunAsync();
    var runPeak = Memory.PeakMb();
    var baseline = await CopyBaseline.RunAsync(opts);
    var total = stages.Sum(s => s.Ms);
    Console.WriteLine();
    Console.WriteLine($"  {"stage",-38} {"time, ms",12} {"rows",12} {"rows/s",12}");
    foreach (var s in stages.Where(s => s.Ms > 0))
        Console.WriteLine($"  {s.Name,-38} {s.Ms,12:N0} {s.Rows,12:N0} {(s.Rows > 2 ? (s.Rows / (s.Ms / 1000)).ToString("N0") : ""),12} {s.Unit}");
    var lines = stages.Single(s => s.Name == "compute").Rows;
    Console.WriteLine($"  {"whole run",-38} {total,12:N0} {lines,12:N0} {lines / (total / 1000),12:N0} lines");
    foreach (var b in baseline)
        Console.WriteLine($"  {b.Name,-38} {b.Ms,12:N0} {b.Rows,12:N0} {b.Rows / (b.Ms / 1000),12:N0}   run / this = {total / b.Ms:N1}×");
    Console.WriteLine(
        $"  assignments in the region: {stages.Single(s => s.Name.StartsWith('(')).Rows:N0}; peak memory of the run {runPeak:N0} " +
            $"MB (target < 2 048 MB)"
    );
    if (opts.ResultFile is { } file)
        await File.AppendAllTextAsync(
            file,
            JsonSerializer.Serialize(
                new
                {
                    provider = opts.ProviderName,
                    opts.Citizens,
                    opts.Assignments,
                    month = opts.Month.ToString("yyyy-MM"),
                    stages = stages.Select(s => new
                    {
                        s.Name,
                        s.Ms,
                        s.Rows,
                    }),
                    totalMs = total,
                    baseline = baseline.Select(b => new
                    {
                        b.Name,
                        b.Ms,
                        b.Rows,
                    }),
                    peakMb = runPeak,
                }
            ) + "\n"
        );
}

static class Memory
{
    /// <summary>The process's peak resident set (VmHWM), the figure the 2 GB target is about.</summary>
    public static long PeakMb()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:"));
        return line is null
            ? Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024
            : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
    }
}
