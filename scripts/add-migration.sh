#!/usr/bin/env bash
# Adds a migration with the same name to all four migration sets: {SQLite, PostgreSQL} × {provider (Beian.Web),
# bureau simulator (Beian.Bureau)}. A set whose model did not change gets no migration.
# Usage: scripts/add-migration.sh NameOfTheChange
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NameOfTheChange}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/Beian.Web >/dev/null
for engine in Sqlite Postgres; do
  for side in Provider Bureau; do
    context="${engine}${side}Db"
    if [ "$side" = Provider ]; then project=src/Beian.Web; out="Data/Migrations/${engine}/Provider"; else project=src/Beian.Bureau; out="Data/Migrations/${engine}"; fi
    if dotnet ef migrations has-pending-model-changes --project "$project" --startup-project src/Beian.Web --context "$context" --no-build >/dev/null 2>&1; then
      echo "$context: no model changes"
      continue
    fi
    dotnet ef migrations add "$name" --project "$project" --startup-project src/Beian.Web --context "$context" \
      --output-dir "$out" --no-build 2>&1 | tail -1
  done
done
