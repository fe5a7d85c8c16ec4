#!/usr/bin/env bash
# Generates a new migration from the Drizzle tables: bash scripts/db-generate.sh <name> [--custom]
# (--custom: an empty one to write by hand, for triggers and functions Drizzle does not model).
# npm keeps drizzle-orm inside apps/server while drizzle-kit is hoisted, so drizzle-kit cannot
# require it; a temporary link at the root lets it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# Helpers working in one tree generate one at a time: each migration must see the one before it.
exec 9>/tmp/linli-db-generate.lock
flock 9
created=0
if [ ! -e node_modules/drizzle-orm ]; then ln -s ../apps/server/node_modules/drizzle-orm node_modules/drizzle-orm; created=1; fi
trap '[ $created = 1 ] && rm -f "$root/node_modules/drizzle-orm"' EXIT
cd apps/server && npx drizzle-kit generate --name "${1:?migration name}" "${@:2}"
