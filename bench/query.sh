#!/usr/bin/env bash
# The public query and the applicant's hot paths at scale (issue #23). Loopback only; it stops what it starts.
# Builds in Release, seeds RECORDS synthetic filed websites (national record and this provider's copy, bulk, through
# the sandbox seeder) on ENGINE=sqlite (default) or postgres (a throwaway PostgreSQL 15 cluster), then runs wrk
# against, interleaved for each connection count (1, 16, 64): a static file of the same server, the public query by
# domain (hit and miss; "hot" repeats 1,000 domains, so the query cache answers), by number and by keyword (the
# national-shaped query), the basic check behind order creation,
# and the rule check of one order, ROUNDS times. Prints medians of req/s, p50, p99 and of the throughput ratio to the
# static file measured just before (with the ratio's spread), the platform's memory, and last:
#   public query by domain at <RECORDS> (<engine>): p99 X ms, Y× static
set -euo pipefail
cd "$(dirname "$0")/.."
RECORDS=${RECORDS:-1000000}
ENGINE=${ENGINE:-sqlite}
DURATION=${DURATION:-5s}
CONNECTIONS=${CONNECTIONS:-"1 16 64"}
ROUNDS=${ROUNDS:-3}

missing=()
command -v wrk >/dev/null || missing+=(wrk)
[ "$ENGINE" = postgres ] && { [ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql-15); }
if [ ${#missing[@]} -gt 0 ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  rm -f /usr/sbin/policy-rc.d
fi

work=$(mktemp -d /tmp/beian-query-bench.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
  status=$?; [ "$status" -eq 0 ] || tail -30 "$work/web.log" 2>/dev/null
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true
  [ -d "$work/pg" ] && runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$work/pg" -m immediate stop >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

storage=()
if [ "$ENGINE" = postgres ]; then
  pg_port=$(free_port)
  mkdir -p "$work/pg" "$work/pglog" && chown postgres: "$work/pg" "$work/pglog"
  runuser -u postgres -- /usr/lib/postgresql/15/bin/initdb -D "$work/pg" -U postgres -A trust -E UTF8 --no-sync >/dev/null
  runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$work/pg" -l "$work/pglog/server.log" -w \
    -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c fsync=off -c synchronous_commit=off" start >/dev/null
  storage=(--Storage:Provider=Postgres "--Storage:ConnectionString=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Maximum Pool Size=100")
fi

echo "building (Release)…"
dotnet publish src/Beian.Web -c Release -o "$work/web" >"$work/publish.log" || { tail -20 "$work/publish.log"; exit 1; }
port=$(free_port)
base="http://127.0.0.1:$port"
dotnet "$work/web/Beian.Web.dll" --urls "$base" --Platform:DataFolder="$work/data" --Jobs:Enabled=false --Gate:Enabled=false \
  --Compliance:InspectionInterval=3650.00:00:00 --Logging:LogLevel:Default=Warning \
  --RateLimits:SignIn:PermitLimit=1000000 --RateLimits:Query:PermitLimit=100000000 "${storage[@]}" >"$work/web.log" 2>&1 &
pids+=("$!")
for _ in $(seq 1 240); do curl -sf "$base/openapi/v1.json" >/dev/null && break; sleep 0.5; done
login() { curl -sf -X POST "$base/api/accounts/login" -H 'content-type: application/json' -d "{\"email\":\"$1\",\"password\":\"$2\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'; }
admin=$(login admin@demo.beian Beian@2026)
applicant=$(login applicant@demo.beian Beian@2026)

echo "seeding $RECORDS records ($ENGINE)…"
start=$(date +%s)
curl -sf -X POST "$base/api/sandbox/compliance-bench/seed" -H "authorization: Bearer $admin" -H 'content-type: application/json' -d "{\"count\":$RECORDS}" >/dev/null
echo "seeded in $(( $(date +%s) - start )) s"

# One order of the demo applicant, for the rule check.
instance=$(curl -sf "$base/api/instances" -H "authorization: Bearer $applicant" | python3 -c 'import json,sys; print([i for i in json.load(sys.stdin) if i["mainland"]][0]["id"])')
code=$(curl -sf -X POST "$base/api/instances/$instance/service-codes" -H "authorization: Bearer $applicant" | python3 -c 'import json,sys; print(json.load(sys.stdin)["value"])')
basic='{"provinceCode":"11","city":"北京市","nature":"Individual","certificateType":"居民身份证","certificateNumber":"11010519491231002X","name":"张三","certificateAddress":"北京市海淀区中关村大街1号","domains":["bench-order.cn"]}'
order=$(curl -sf -X POST "$base/api/orders" -H "authorization: Bearer $applicant" -H 'content-type: application/json' -d "$basic" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

# wrk scripts: random keys over the seeded range, and a done() that prints req/s, p50 and p99 as one line.
cat > "$work/common.lua" <<LUA
records = $RECORDS
math.randomseed(os.time())
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status + summary.errors.connect + summary.errors.timeout))
end
LUA
script() { # name, body of request()
  { cat "$work/common.lua"; echo "$2"; } > "$work/$1.lua"
}
script static 'request = function() return wrk.format("GET", "/css/site.css") end'
script domain 'request = function() return wrk.format("GET", "/api/miit/records?domain=insp-" .. math.random(0, records - 1) .. ".cn") end'
script hot 'request = function() return wrk.format("GET", "/api/miit/records?domain=insp-" .. math.random(0, math.min(records, 1000) - 1) .. ".cn") end'
script miss 'request = function() return wrk.format("GET", "/api/miit/records?domain=miss-" .. math.random(0, records - 1) .. ".cn") end'
script number 'request = function() return wrk.format("GET", "/api/miit/records?number=" .. string.format("%%E4%%BA%%ACICP%%E5%%A4%%872027%06d%%E5%%8F%%B7", math.random(0, records - 1))) end'
script keyword 'request = function() return wrk.format("POST", "/api/miit/icp-query", {["Content-Type"]="application/json"}, "{\"unitName\":\"北京压测科技有限公司" .. math.random(0, records - 1) .. "\",\"serviceType\":1,\"pageNum\":1,\"pageSize\":10}") end'
script basic "request = function() return wrk.format(\"POST\", \"/api/filings/basic-check\", {[\"Content-Type\"]=\"application/json\", [\"Authorization\"]=\"Bearer $applicant\"}, '$basic') end"
script findings "request = function() return wrk.format(\"GET\", \"/api/orders/$order/findings\", {[\"Authorization\"]=\"Bearer $applicant\"}) end"

whats="domain hot miss number keyword basic findings"
run() { wrk -t1 -c"$2" -d"$DURATION" -s "$work/$1.lua" "$base" 2>/dev/null | grep '^RESULT' | cut -d' ' -f2-; }
# Warm up (JIT, connection pools, the query cache's hot set) before anything is measured.
for what in static $whats; do wrk -t1 -c16 -d2s -s "$work/$what.lua" "$base" >/dev/null 2>&1; done
# ROUNDS rounds, each measuring the static file right before each path (a busy neighbour moves both alike); the table
# gives each figure's median over the rounds, and the spread of the ratio.
for c in $CONNECTIONS; do
  for round in $(seq 1 "$ROUNDS"); do
    for what in $whats; do
      echo "$c static $round $(run static "$c")" >> "$work/results"
      echo "$c $what $round $(run "$what" "$c")" >> "$work/results"
    done
  done
done
python3 - "$work/results" "$ENGINE" "$RECORDS" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
engine, records = sys.argv[2], sys.argv[3]
print(f"{'what (' + engine + ', ' + records + ')':<30} {'conns':>5} {'req/s':>10} {'p50 ms':>9} {'p99 ms':>9} {'×static':>8} {'spread':>12}")
summary = "public query by domain: not measured at 16 connections"
for conns in dict.fromkeys(r[0] for r in rows):
    here = [r for r in rows if r[0] == conns]
    static = [r for r in here if r[1] == "static"]
    print(f"{'static file':<30} {conns:>5} {statistics.median(float(r[3]) for r in static):>10.1f} {statistics.median(float(r[4]) for r in static):>9.2f} {statistics.median(float(r[5]) for r in static):>9.2f} {'1.00':>8}")
    for what in dict.fromkeys(r[1] for r in here if r[1] != "static"):
        # Each path's run is paired with the static run just before it.
        pairs = [(float(here[i][3]), float(here[i - 1][3])) for i in range(len(here)) if here[i][1] == what]
        mine = [r for r in here if r[1] == what]
        ratios = sorted(a / b for a, b in pairs)
        rps, p50, p99 = (statistics.median(float(r[k]) for r in mine) for k in (3, 4, 5))
        errors = sum(int(r[6]) for r in mine)
        ratio = statistics.median(ratios)
        print(f"{what:<30} {conns:>5} {rps:>10.1f} {p50:>9.2f} {p99:>9.2f} {ratio:>8.2f} {ratios[0]:>5.2f}–{ratios[-1]:<5.2f}" + (f"  ({errors} errors)" if errors else ""))
        if what == "domain" and conns == "16":
            summary = f"public query by domain at {records} ({engine}): p99 {p99:.2f} ms, {ratio:.2f}× static"
open(sys.argv[1] + ".summary", "w").write(summary + "\n")
PY
pid=${pids[-1]}
echo "platform memory: $(awk '/^RssAnon/ {print int($2/1024)}' /proc/$pid/status) MB private ($(awk '/^VmRSS/ {print int($2/1024)}' /proc/$pid/status) MB resident, with the database's memory-mapped pages)"
cat "$work/results.summary"
