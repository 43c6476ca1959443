#!/usr/bin/env bash
# Payment run benchmark on SQLite and PostgreSQL (issue 4 item 7):
#   bash bench/payments.sh [citizens, default 1000000] [assignments, default 1.5 × citizens] [providers, default "postgres sqlite"]
# For each provider: one process generates the region (schema through the application's DatabaseSeeder, then bulk rows), a second
# process runs one monthly payment period end to end and times PostgreSQL's COPY (SQLite: INSERT … SELECT) of the same lines,
# so the peak memory it prints is the run's own. Uses SOBES_BENCH_PG (an admin connection string) if set, otherwise a throwaway cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
m=${2:-$((n * 3 / 2))}
providers=${3:-postgres sqlite}
extra=${BENCH_ARGS:-}
dotnet build -c Release bench/Sobes.Bench.Payments -v q -nologo >/dev/null
results=$(mktemp /tmp/sobes-paybench-results.XXXXXX)
run() { dotnet bench/Sobes.Bench.Payments/bin/Release/net10.0/Sobes.Bench.Payments.dll --citizens "$n" --assignments "$m" --results "$results" $extra "$@"; }
if [[ $providers == *postgres* ]]; then
  if [[ -z "${SOBES_BENCH_PG:-}" ]]; then
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    dir=$(mktemp -d /tmp/sobes-paybench-pg.XXXXXX); chown postgres "$dir"
    trap 'runuser -u postgres -- "$bin/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
    runuser -u postgres -- "$bin/initdb" -D "$dir" -A trust -U postgres >/dev/null
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir" -l "$dir/log" -o "-p 55998 -k $dir -c listen_addresses=127.0.0.1" -w start >/dev/null
    SOBES_BENCH_PG="Host=127.0.0.1;Port=55998;Username=postgres;Database=sobes_paybench;Command Timeout=0"
  fi
  run --provider postgres --connection "$SOBES_BENCH_PG" --stage load
  run --provider postgres --connection "$SOBES_BENCH_PG" --stage run
fi
if [[ $providers == *sqlite* ]]; then
  db=/tmp/sobes-paybench.db
  run --provider sqlite --connection "Data Source=$db" --stage load
  run --provider sqlite --connection "Data Source=$db;Default Timeout=0" --stage run
  rm -f "$db" "$db-wal" "$db-shm"
fi
echo "results: $results"
