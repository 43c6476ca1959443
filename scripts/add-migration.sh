#!/usr/bin/env bash
# Adds an EF Core migration for both providers: bash scripts/add-migration.sh <Name>
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: add-migration.sh MigrationName}
dotnet tool restore >/dev/null
for prov in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "src/Sobes.Migrations.$prov" --startup-project "src/Sobes.Migrations.$prov" --output-dir Migrations
done
