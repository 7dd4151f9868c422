#!/usr/bin/env bash
# Adds a migration with the same name to all four migration sets: {SQLite, PostgreSQL} × {provider, bureau}.
# Usage: scripts/add-migration.sh NameOfTheChange
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NameOfTheChange}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for engine in Sqlite Postgres; do
  for side in Provider Bureau; do
    dotnet ef migrations add "$name" --project src/Beian.Web --context "${engine}${side}Db" \
      --output-dir "Data/Migrations/${engine}/${side}" --no-build -- 2>&1 | tail -1
  done
done
