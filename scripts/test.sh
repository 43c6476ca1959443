#!/usr/bin/env bash
# Runs every test of the Sobes solution: the single test command of the project.
#
#   bash scripts/test.sh                          # all tests
#   bash scripts/test.sh --filter "FullyQualifiedName~Snils"   # extra args go to `dotnet test`
#
# What it does (see scripts/README.md):
#   1. installs missing Debian packages (PostgreSQL server, Chromium, fonts) via apt-get;
#   2. unless SOBES_TEST_PG is set, starts a throwaway PostgreSQL cluster on a free
#      127.0.0.1 port and removes it on exit (also on failure or Ctrl-C);
#   3. `dotnet tool restore`, `dotnet format Sobes.slnx --verify-no-changes` (its failure fails the run,
#      after the tests), then `dotnet test Sobes.slnx -c Release "$@"`;
#   4. prints a summary line `N passed, N failed, N skipped` (from the TRX files
#      in TestResults/test.sh/) and exits with dotnet test's exit code.
#
# Only needs bash + coreutils + grep/sed/util-linux (no python, no iproute2).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

log() { printf '[test.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 2; }

# ---------------------------------------------------------------------------
# APT PACKAGES needed by the tests. Later issues: add packages HERE.
# Each entry is installed (apt-get install --no-install-recommends) when
# `dpkg-query` does not report it as installed.
# ---------------------------------------------------------------------------
APT_PACKAGES=(
  chromium            # Playwright browser tests (SOBES_CHROMIUM=/usr/bin/chromium)
  fonts-dejavu-core   # fonts for headless Chromium rendering
  libreoffice-calc-nogui  # the .xlsx exports must open in LibreOffice (converted to PDF in a test)
  libreoffice-writer-nogui  # the .docx notices and decisions must open in LibreOffice (converted to PDF and text in a test)
)
# Installed in addition when no initdb exists under /usr/lib/postgresql/*/bin
# and SOBES_TEST_PG is not set.
APT_PACKAGE_POSTGRES=postgresql

export SOBES_REQUIRE_PG=1
export SOBES_CHROMIUM="${SOBES_CHROMIUM:-/usr/bin/chromium}"
export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"
export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE="${DOTNET_SKIP_FIRST_TIME_EXPERIENCE:-1}"

if [[ $EUID -eq 0 ]]; then SUDO=(); else SUDO=(sudo -n); fi

# ---------------------------------------------------------------------------
# Cleanup (throwaway PostgreSQL cluster, temp dirs). Runs on every exit path.
# ---------------------------------------------------------------------------
PG_TMP=""
PG_BIN=""
CHILD_PID=""

proc_alive() { # pid -> true if it exists and is not a zombie
  local st
  st="$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null)" || return 1
  [[ -n "$st" && "${st%% *}" != Z ]]
}

# Runs "$@" in its own session/process group in the background and waits for
# it, so that a signal to this script is handled at once (the trap stops the
# whole group: dotnet, vstest, testhost) instead of after the command ends.
# Sets RC to the command's exit code.
run_child() {
  if command -v setsid >/dev/null; then
    setsid "$@" </dev/null &
  else
    "$@" </dev/null &
  fi
  CHILD_PID=$!
  RC=0
  wait "$CHILD_PID" || RC=$?
  CHILD_PID=""
}

stop_child() {
  [[ -n "$CHILD_PID" ]] || return 0
  log "interrupted: stopping the test run (process group $CHILD_PID)"
  kill -TERM -- "-$CHILD_PID" 2>/dev/null || kill -TERM "$CHILD_PID" 2>/dev/null || true
  local i
  for i in $(seq 1 30); do proc_alive "$CHILD_PID" || break; sleep 0.5; done
  kill -KILL -- "-$CHILD_PID" 2>/dev/null || true
  wait "$CHILD_PID" 2>/dev/null || true
  CHILD_PID=""
}

as_pg() {
  # initdb/postgres refuse to run as root: run them as the `postgres` OS user.
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_pg() {
  [[ -n "$PG_TMP" && -d "$PG_TMP" ]] || return 0
  if [[ -f "$PG_TMP/data/postmaster.pid" ]]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    # Fallback if pg_ctl could not stop it.
    if [[ -f "$PG_TMP/data/postmaster.pid" ]]; then
      local pid
      pid="$(head -n1 "$PG_TMP/data/postmaster.pid" 2>/dev/null || true)"
      if [[ "$pid" =~ ^[0-9]+$ ]]; then kill -9 "$pid" 2>/dev/null || true; sleep 1; fi
    fi
  fi
  rm -rf "$PG_TMP"
  PG_TMP=""
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM HUP
  stop_child || true
  stop_pg || true
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# ---------------------------------------------------------------------------
# 1. Debian packages
# ---------------------------------------------------------------------------
find_pg_bin() {
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
  if [[ -n "$d" && -x "$d/initdb" && -x "$d/pg_ctl" ]]; then echo "$d"; fi
}

pkg_installed() {
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

missing=()
for p in "${APT_PACKAGES[@]}"; do
  if [[ "$p" == chromium && "$SOBES_CHROMIUM" != /usr/bin/chromium && -x "$SOBES_CHROMIUM" ]]; then
    continue   # a custom browser was supplied
  fi
  pkg_installed "$p" || missing+=("$p")
done
if [[ -z "${SOBES_TEST_PG:-}" && -z "$(find_pg_bin)" ]]; then
  missing+=("$APT_PACKAGE_POSTGRES")
fi

if ((${#missing[@]})); then
  command -v apt-get >/dev/null || die "missing packages (${missing[*]}) and no apt-get"
  log "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -q
  "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
fi

# ---------------------------------------------------------------------------
# 2. PostgreSQL
# ---------------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_throwaway_pg() {
  PG_BIN="$(find_pg_bin)"
  [[ -n "$PG_BIN" ]] || die "initdb not found under /usr/lib/postgresql/*/bin"
  if [[ $EUID -eq 0 ]]; then
    id -u postgres >/dev/null 2>&1 || die "OS user 'postgres' does not exist (install the postgresql package)"
  fi

  # Short path under /tmp: the Unix socket path must stay < 108 bytes and the
  # postgres user must be able to traverse it.
  PG_TMP="$(mktemp -d /tmp/sobes-pg.XXXXXX)"
  [[ $EUID -eq 0 ]] && chown postgres: "$PG_TMP"
  chmod 700 "$PG_TMP"

  log "initdb ($PG_BIN) in $PG_TMP/data"
  if ! as_pg "$PG_BIN/initdb" -D "$PG_TMP/data" -A trust -U postgres --encoding=UTF8 \
        --locale=C.UTF-8 >"$PG_TMP/initdb.log" 2>&1; then
    log "initdb with C.UTF-8 failed, retrying with locale C"
    rm -rf "$PG_TMP/data"
    as_pg "$PG_BIN/initdb" -D "$PG_TMP/data" -A trust -U postgres --encoding=UTF8 \
        --locale=C >"$PG_TMP/initdb.log" 2>&1 \
      || { cat "$PG_TMP/initdb.log" >&2; die "initdb failed"; }
  fi

  local attempt port=""
  for attempt in $(seq 1 20); do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    port_in_use "$port" && continue
    if as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/postgres.log" -w -t 60 \
         -o "-p $port -k $PG_TMP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
         start >/dev/null 2>&1; then
      export SOBES_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Database=postgres"
      log "throwaway PostgreSQL started on 127.0.0.1:$port"
      return 0
    fi
    log "could not start PostgreSQL on port $port (attempt $attempt), retrying"
    as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate stop >/dev/null 2>&1 || true
  done
  tail -n 30 "$PG_TMP/postgres.log" >&2 || true
  die "could not start PostgreSQL"
}

if [[ -n "${SOBES_TEST_PG:-}" ]]; then
  log "using PostgreSQL from SOBES_TEST_PG"
else
  start_throwaway_pg
fi
export SOBES_TEST_PG

# ---------------------------------------------------------------------------
# 3. dotnet test
# ---------------------------------------------------------------------------
# TRX files (one per test project) are kept in TestResults/ (git-ignored) for
# CI artifacts; the directory is emptied at the start of every run.
RESULTS_DIR="$REPO_ROOT/TestResults/test.sh"
rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"

dotnet tool restore

# The layout of the code is part of the build: .editorconfig rules, checked without changing anything.
# (Line length and class/member sizes are checked by tests/Sobes.Architecture.Tests.)
# SOBES_SKIP_FORMAT=1 skips it for a quick local subset; CI never sets it.
format_rc=0
if [[ "${SOBES_SKIP_FORMAT:-}" != 1 ]]; then
  log "dotnet format --verify-no-changes"
  # On a clean clone the projects are not restored yet; the formatter reads them through MSBuild.
  run_child dotnet restore Sobes.slnx -v q
  run_child dotnet format Sobes.slnx --verify-no-changes --no-restore -v q
  format_rc=$RC
  if [[ $format_rc -ne 0 ]]; then log "formatting differs from .editorconfig: run 'dotnet format Sobes.slnx' and commit the result"; fi
fi

run_child dotnet test Sobes.slnx -c Release \
  --logger "console;verbosity=minimal" \
  --logger trx \
  --results-directory "$RESULTS_DIR" \
  "$@"
rc=$RC

# ---------------------------------------------------------------------------
# 4. Summary from the TRX files (one per test project)
# ---------------------------------------------------------------------------
trx_attr() { # <Counters ...> line, attribute name
  local v
  v="$(sed -n "s/.* $2=\"\([0-9]*\)\".*/\1/p" <<<"$1")"
  echo "${v:-0}"
}

passed=0 failed=0 skipped=0 ntrx=0
while IFS= read -r -d '' trx; do
  ntrx=$((ntrx + 1))
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n1 || true)"
  [[ -n "$counters" ]] || continue
  passed=$((passed + $(trx_attr "$counters" passed)))
  failed=$((failed + $(trx_attr "$counters" failed) + $(trx_attr "$counters" error) + $(trx_attr "$counters" timeout)))
  # Skipped tests are in `total` but not in `executed` (as in the console summary).
  skipped=$((skipped + $(trx_attr "$counters" total) - $(trx_attr "$counters" executed)))
done < <(find "$RESULTS_DIR" -name '*.trx' -print0)

if [[ $rc -ne 0 && $failed -eq 0 ]]; then
  log "dotnet test exited with code $rc (build error or crashed test host?); TRX files: $ntrx"
fi
echo
echo "$passed passed, $failed failed, $skipped skipped"
if [[ $rc -eq 0 && $format_rc -ne 0 ]]; then echo "dotnet format --verify-no-changes failed"; exit "$format_rc"; fi
exit "$rc"
