#!/usr/bin/env bash
# Lists, per seed, the clauses the tests cite with [Clause("NNN", "x.y")] and how many tests cite each.
#   bash scripts/clauses.sh          # every seed
#   bash scripts/clauses.sh 002      # one seed
# Run the tests of one clause: dotnet test Sobes.slnx --filter "Clause=002:19.12"
set -euo pipefail
cd "$(dirname "$0")/.."
seed="${1:-[0-9]{3\}}"
grep -rhoE "\[Clause\(\"${seed}\", \"[^\"]+\"\)\]" tests --include=*.cs \
  | sed -E 's/\[Clause\("([0-9]{3})", "([^"]+)"\)\]/\1 \2/' \
  | sort -k1,1 -k2,2V | uniq -c \
  | awk '{ n = $1; seed = $2; c = $0; sub(/^ *[0-9]+ [0-9]+ /, "", c)
         if (seed "" != s "") { s = seed ""; printf "\nseed %s\n", s } printf "  %-24s %d test(s)\n", c, n }'
