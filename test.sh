#!/usr/bin/env bash
# Runs every test suite, on SQLite and on a throwaway PostgreSQL 15, and ends with the line "N passed, N failed".
# It installs what the suites need when it is missing (Debian packages; needs root for that).
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"

say() { printf '[test.sh] %s\n' "$*"; }

# 1. What the suites need.
pgbin=/usr/lib/postgresql/15/bin
missing=()
[ -x "$pgbin/initdb" ] || missing+=(postgresql-15)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
# nginx's own gate (deploy/nginx/beian-gate-native.conf) runs on Debian's Lua module.
[ -f /usr/lib/nginx/modules/ngx_http_lua_module.so ] || missing+=(libnginx-mod-http-lua)
# The console's browser tests: Debian's Chromium, and a CJK font without which Chinese renders as empty boxes.
[ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'wenquanyi zen hei' || missing+=(fonts-wqy-zenhei)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    say "installing: ${missing[*]}"
    # Installing must not start system services (nginx on port 80): the tests start their own, on loopback ports.
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    rm -f /usr/sbin/policy-rc.d
  else
    say "missing ${missing[*]} and not root: install them first"; echo "0 passed, 1 failed"; exit 1
  fi
fi

# 2. A throwaway PostgreSQL cluster on a free loopback port, stopped on every exit.
pgdir=$(mktemp -d /tmp/beian-pg.XXXXXX)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres: "$pgdir"
stop_pg() { as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$pgdir"; }
trap stop_pg EXIT
port=0
for candidate in $(shuf -i 20000-40000 -n 20); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
as_pg "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --no-sync >"$pgdir/initdb.log" 2>&1 \
  || { cat "$pgdir/initdb.log"; echo "0 passed, 1 failed"; exit 1; }
as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
  -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=100" start >/dev/null \
  || { cat "$pgdir/server.log"; echo "0 passed, 1 failed"; exit 1; }
# Every suite runs here: one whose program is missing fails instead of being left out.
export BEIAN_TEST_ALL=1
export BEIAN_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Maximum Pool Size=10;Include Error Detail=true"
say "PostgreSQL 15 on 127.0.0.1:$port"

# 3. Every suite.
dotnet test Beian.slnx --logger "trx" --results-directory "$results" 2>&1 | tee "$results/dotnet-test.log" | grep -vE '^\s*$'
status=${PIPESTATUS[0]}

# 4. The count, from the test results themselves.
python3 - "$results" "$status" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = pg = 0
for trx in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    for r in ET.parse(trx).getroot().iterfind(".//t:UnitTestResult", ns):
        outcome = r.get("outcome")
        name = r.get("testName", "")
        if "postgres" in name.lower() and outcome == "Passed":
            pg += 1
        if outcome == "Passed":
            passed += 1
        elif outcome == "NotExecuted":
            skipped += 1
        else:
            failed += 1
status = int(sys.argv[2])
if status != 0 and failed == 0:
    failed = 1  # the run itself failed (build error, crashed host): never report it green
# CI never leaves a suite out: a skipped test counts as a failure here.
failed += skipped
print(f"[test.sh] tests run on PostgreSQL: {pg}; on SQLite or no database: {passed - pg}; skipped: {skipped}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
