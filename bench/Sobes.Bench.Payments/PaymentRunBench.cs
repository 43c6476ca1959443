using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Payments;
using Sobes.Infrastructure.Persistence;

/// <summary>
/// One monthly payment period of the whole region, end to end, through the application's own services: every district department
/// opens the month, computes it, has it signed by the head and the chief accountant, produces its bank registers and post lists, and
/// closes it. Payment periods belong to a department (the ministry pays nothing itself), so «the region» is all departments one after another.
/// </summary>
sealed class PaymentRunBench(BenchOptions opts)
{
    public sealed record Stage(string Name, double Ms, long Rows, string Unit);

    public async Task<List<Stage>> RunAsync()
    {
        await ResetAsync();
        var clock = new RegionClock(TimeProvider.System, TimeZoneInfo.Utc);
        List<(int Org, string Name)> departments;
        List<User> users;
        await using (var db = opts.CreateContext())
        {
            departments = (await db.Organisations.Where(o => o.Kind == OrganisationKind.SocialProtectionDepartment).OrderBy(o => o.Id)
                .Select(o => new { o.Id, o.ShortName }).ToListAsync()).Select(o => (o.Id, o.ShortName)).ToList();
            users = await db.Users.Where(u => u.Login.StartsWith("bench.")).ToListAsync();
        }
        UserContext As(int org, Role role)
        {
            var u = users.Single(x => x.OrganisationId == org && x.Role == role);
            var territory = opts.CreateContext().Organisations.Where(o => o.Id == org).Select(o => o.TerritoryId).First();
            return new UserContext(u.Id, u.Login, u.FullName, role, org, territory);
        }

        var totals = new Dictionary<string, (double Ms, long Rows, string Unit)>();
        void Add(string stage, double ms, long rows, string unit)
        {
            var t = totals.GetValueOrDefault(stage, (0, 0, unit));
            totals[stage] = (t.Ms + ms, t.Rows + rows, unit);
        }
        var outDir = Directory.CreateTempSubdirectory("sobes-paybench-files");
        try
        {
            foreach (var (org, name) in departments)
            {
                var specialist = As(org, Role.Specialist);
                var head = As(org, Role.Head);
                var accountant = As(org, Role.Accountant);
                PaymentPeriodReader Periods(SobesDbContext db) => new(db, new AuditLog(db, TimeProvider.System));
                PaymentPeriodSigning Signing(SobesDbContext db) => new(Periods(db), new AuditLog(db, TimeProvider.System), clock);

                var sw = Stopwatch.StartNew();
                long periodId;
                await using (var db = opts.CreateContext())
                    periodId = (
                        await new PaymentPeriodOpening(db, new AuditLog(db, TimeProvider.System), clock).OpenAsync(
                            specialist,
                            new OpenPeriodInput(opts.Month.Year, opts.Month.Month)
                        )
                    ).Id;
                var open = sw.Elapsed.TotalMilliseconds;

                sw.Restart();
                PeriodDetails details;
                long assignments;
                await using (var db = opts.CreateContext())
                {
                    details = await new PaymentRun(db, new AuditLog(db, TimeProvider.System), clock, Periods(db))
                        .ComputeAsync(specialist, periodId, new RunOptions { BatchSize = opts.BatchSize });
                }
                var compute = sw.Elapsed.TotalMilliseconds;
                if (opts.Profile) CommandProfile.Instance.Print($"compute, {name}", compute);
                await using (var db = opts.CreateContext()) assignments = await db.Assignments.CountAsync(a => a.OrganisationId == org);

                if (opts.Profile) CommandProfile.Instance.Print("(count)", 0);
                sw.Restart();
                await using (var db = opts.CreateContext()) await Signing(db).ApproveAsync(head, periodId);
                await using (var db = opts.CreateContext()) await Signing(db).ApproveAsync(accountant, periodId);
                var approve = sw.Elapsed.TotalMilliseconds;

                sw.Restart();
                var (files, fileLines, bytes) = await FilesAsync(accountant, periodId, clock, outDir.FullName);
                var filesMs = sw.Elapsed.TotalMilliseconds;
                if (opts.Profile) CommandProfile.Instance.Print($"files, {name}", filesMs);

                sw.Restart();
                await using (var db = opts.CreateContext()) await Signing(db).CloseAsync(accountant, periodId);
                var close = sw.Elapsed.TotalMilliseconds;

                Console.WriteLine(
                    $"  {name,-40} assignments {assignments,9:N0}  lines {details.Lines,9:N0}  to pay {details.ToPay,16:N2} ₽  "
                        + $"open {open,6:N0} ms  compute {compute,9:N0} ms  approve {approve,6:N0} ms  files {filesMs,8:N0} ms " +
                            $"({files} files, {bytes / 1024 / 1024:N0} MB)  close {close,6:N0} ms"
                );
                Add("open", open, 1, "periods");
                Add("compute", compute, details.Lines, "lines");
                Add("approve (head + accountant)", approve, 2, "signatures");
                Add("bank registers + post lists", filesMs, fileLines, "lines");
                Add("close", close, 1, "periods");
                Add("assignments read", 0, assignments, "");
            }
        }
        finally { outDir.Delete(true); }
        return totals.Where(t => t.Key != "assignments read").Select(t => new Stage(t.Key, t.Value.Ms, t.Value.Rows, t.Value.Unit))
            .Append(new Stage("(assignments in the region)", 0, totals["assignments read"].Rows, "")).ToList();
    }

    /// <summary>Every bank register and post list of the period, written to disk as a user would download them.</summary>
    private async Task<(int Files, long Lines, long Bytes)> FilesAsync(UserContext user, long periodId, RegionClock clock, string dir)
    {
        IReadOnlyList<PaymentChannel> channels;
        await using (var db = opts.CreateContext())
            channels = await Files(db, clock).ChannelsAsync(user, periodId);
        long lines = 0, bytes = 0;
        foreach (var c in channels)
        {
            await using var db = opts.CreateContext();
            var f =
                c.Method == PaymentMethod.Bank
                    ? await Files(db, clock).BankRegisterAsync(user, periodId, c.Code)
                    : await Files(db, clock).PostListAsync(user, periodId, c.Code);
            await File.WriteAllBytesAsync(Path.Combine(dir, $"{periodId}_{f.FileName}"), f.Content);
            lines += c.Count;
            bytes += f.Content.Length;
        }
        return (channels.Count, lines, bytes);
    }

    private static PaymentFiles Files(SobesDbContext db, RegionClock clock)
    {
        var audit = new AuditLog(db, TimeProvider.System);
        return new PaymentFiles(db, audit, clock, new PaymentPeriodReader(db, audit));
    }

    /// <summary>Removes an earlier run's payment data so the same generated region can be run again.</summary>
    private async Task ResetAsync()
    {
        await using var db = opts.CreateContext();
        string[] tables = ["PaymentConfirmations", "Recoveries", "PaymentReturns", "Overpayments", "Accruals", "PaymentPeriods"];
        if (opts.Provider == DatabaseProvider.Postgres)
            await db.Database.ExecuteSqlRawAsync($"TRUNCATE {string.Join(", ", tables.Select(t => $"\"{t}\""))}");
        else
            foreach (var t in tables) await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{t}\"");
    }
}
