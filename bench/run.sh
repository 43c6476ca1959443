#!/usr/bin/env bash
# Registry benchmark on SQLite and PostgreSQL: bash bench/run.sh [citizens] [providers, default "sqlite postgres"]
# Uses SOBES_BENCH_PG (an admin connection string) if set, otherwise a throwaway local cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200000}
providers=${2:-sqlite postgres}
dotnet build -c Release bench/Sobes.Bench -v q -nologo >/dev/null
run() { dotnet bench/Sobes.Bench/bin/Release/net10.0/Sobes.Bench.dll "$@"; }
if [[ $providers == *sqlite* ]]; then echo "== SQLite"; run --provider sqlite --citizens "$n"; fi
[[ $providers == *postgres* ]] || exit 0
if [[ -z "${SOBES_BENCH_PG:-}" ]]; then
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  dir=$(mktemp -d /tmp/sobes-bench-pg.XXXXXX); chown postgres "$dir"
  trap 'runuser -u postgres -- "$bin/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
  runuser -u postgres -- "$bin/initdb" -D "$dir" -A trust -U postgres >/dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$dir" -l "$dir/log" -o "-p 55999 -k $dir -c listen_addresses=127.0.0.1" -w start >/dev/null
  SOBES_BENCH_PG="Host=127.0.0.1;Port=55999;Username=postgres;Database=sobes_bench"
fi
echo "== PostgreSQL"; run --provider postgres --connection "$SOBES_BENCH_PG" --citizens "$n"
