#!/usr/bin/env bash
# Load benchmark of the access gate against nginx serving a static file (issue #6). Loopback only; it stops what it starts.
# Builds in Release, loads 1,000,000 synthetic filed domains into the platform, starts the slim gateway (Beian.Gateway),
# which mirrors them over the gate feed, and runs the same wrk load (random hosts, 64 connections, 10 s) against the
# gateway's /gate/check, the platform's own /gate/check and nginx, each pinned to core 0 with wrk on core 1, three
# times each; prints the medians, the gateway's memory, how fast a committed change reaches the gateway, and last:
#   gate/nginx throughput ratio: X.XX   (the gateway against nginx)
set -euo pipefail
cd "$(dirname "$0")/.."
DOMAINS=${DOMAINS:-1000000}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  rm -f /usr/sbin/policy-rc.d
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d /tmp/beian-bench.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

echo "building (Release)…"
dotnet publish src/Beian.Web -c Release -o "$work/web" >"$work/publish.log" || { tail -20 "$work/publish.log"; exit 1; }
dotnet publish src/Beian.Gateway -c Release -o "$work/gateway" >"$work/publish.log" || { tail -20 "$work/publish.log"; exit 1; }

platform_port=$(free_port)
taskset -c 0 dotnet "$work/web/Beian.Web.dll" --urls "http://127.0.0.1:$platform_port" --Platform:DataFolder="$work/data" \
  --Gate:RefreshInterval=00:00:00.200 --Gate:FeedKey=bench --Jobs:Enabled=false --Logging:LogLevel:Default=Warning >"$work/web.log" 2>&1 &
platform_pid=$!; pids+=("$platform_pid")
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$platform_port/openapi/v1.json" >/dev/null && break; sleep 0.5; done

token=$(curl -sf -X POST "http://127.0.0.1:$platform_port/api/accounts/login" -H 'content-type: application/json' \
  -d '{"email":"admin@demo.beian","password":"Beian@2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
echo "loading $DOMAINS filed domains…"
start=$(date +%s.%N)
curl -sf -X POST "http://127.0.0.1:$platform_port/api/sandbox/gate-bench/seed" -H "authorization: Bearer $token" \
  -H 'content-type: application/json' -d "{\"count\":$DOMAINS}" >/dev/null
echo "loaded and snapshot built in $(python3 -c "print(round($(date +%s.%N) - $start, 1))") s"

gate_port=$(free_port)
start=$(date +%s.%N)
taskset -c 0 dotnet "$work/gateway/Beian.Gateway.dll" --urls "http://127.0.0.1:$gate_port" \
  --Gateway:Platform="http://127.0.0.1:$platform_port" --Gateway:FeedKey=bench --Gateway:RefreshInterval=00:00:00.200 >"$work/gateway.log" 2>&1 &
gate_pid=$!; pids+=("$gate_pid")
for i in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Original-Host: bench-7.cn' "http://127.0.0.1:$gate_port/gate/check")" = "204" ] && break
  [ "$i" = 600 ] && { echo "the gateway did not load the snapshot:"; tail -20 "$work/gateway.log"; exit 1; }
  sleep 0.1
done
echo "gateway started and mirrored the snapshot in $(python3 -c "print(round($(date +%s.%N) - $start, 1))") s"
# The platform only serves the feed from here on: off the measured core.
taskset -a -p -c 1 "$platform_pid" >/dev/null

mkdir -p "$work/html" "$work/nginx"
echo '<p>static</p>' > "$work/html/index.html"
chmod -R a+rX "$work"
nginx_port=$(free_port)
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
error_log $work/nginx/error.log;
pid $work/nginx/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
  server { listen 127.0.0.1:$nginx_port; root $work/html; }
}
CONF
taskset -c 0 "$NGINX" -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=("$!")
sleep 1

# Random hosts: a filed one most of the time, sometimes a subdomain or an unfiled one.
cat > "$work/hosts.lua" <<LUA
math.randomseed(os.time())
request = function()
  local n = math.random(0, $DOMAINS - 1)
  local r = math.random()
  local host = "bench-" .. n .. ".cn"
  if r < 0.2 then host = "www." .. host elseif r < 0.3 then host = "unfiled-" .. n .. ".com" end
  wrk.headers["X-Original-Host"] = host
  return wrk.format("GET", nil)
end
LUA

run() { # url → "rps p99ms"
  taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$work/hosts.lua" "$1" 2>/dev/null | python3 -c '
import re, sys
out = sys.stdin.read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
scale = {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
print(rps, float(p99.group(1)) * scale)'
}
echo "warming up…"
DURATION=3s run "http://127.0.0.1:$gate_port/gate/check" >/dev/null
DURATION=3s run "http://127.0.0.1:$nginx_port/index.html" >/dev/null

gate_runs=(); nginx_runs=(); platform_runs=()
for i in 1 2 3; do
  gate_runs+=("$(run "http://127.0.0.1:$gate_port/gate/check")")
  nginx_runs+=("$(run "http://127.0.0.1:$nginx_port/index.html")")
  echo "run $i: gateway ${gate_runs[-1]} | nginx ${nginx_runs[-1]}  (req/s, p99 ms)"
done
# The platform's own endpoint, for comparison (it shares its process with everything else).
taskset -a -p -c 0 "$platform_pid" >/dev/null
DURATION=3s run "http://127.0.0.1:$platform_port/gate/check" >/dev/null
for i in 1 2 3; do platform_runs+=("$(run "http://127.0.0.1:$platform_port/gate/check")"); done
echo "platform /gate/check: ${platform_runs[*]}"
taskset -a -p -c 1 "$platform_pid" >/dev/null

rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$gate_pid/status")

# How long a committed change takes to reach the running gate.
curl -sf -X POST "http://127.0.0.1:$platform_port/api/sandbox/gate-bench/remove" -H "authorization: Bearer $token" \
  -H 'content-type: application/json' -d '{"domain":"bench-42.cn"}' >/dev/null
changed=$(date +%s.%N)
until [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Original-Host: bench-42.cn' "http://127.0.0.1:$gate_port/gate/check")" = "403" ]; do sleep 0.02; done
lag=$(python3 -c "print(round(($(date +%s.%N) - $changed) * 1000))")

python3 - "$rss" "$lag" "${gate_runs[@]}" -- "${nginx_runs[@]}" -- "${platform_runs[@]}" <<'PY'
import statistics, sys
rss, lag = sys.argv[1], sys.argv[2]
rest = sys.argv[3:]
first = rest.index("--")
second = rest.index("--", first + 1)
gate = [tuple(map(float, r.split())) for r in rest[:first]]
nginx = [tuple(map(float, r.split())) for r in rest[first + 1:second]]
platform = [tuple(map(float, r.split())) for r in rest[second + 1:]]
def summary(name, runs):
    rps = [r[0] for r in runs]; p99 = [r[1] for r in runs]
    print(f"{name}: median {statistics.median(rps):,.0f} req/s (spread {min(rps):,.0f}–{max(rps):,.0f}), median p99 {statistics.median(p99):.2f} ms")
    return statistics.median(rps)
summary("platform /gate/check", platform)
g = summary("gateway /gate/check", gate)
n = summary("nginx static file  ", nginx)
print(f"gateway resident memory: {rss} MB; a committed change reached the gateway in {lag} ms")
print(f"gate/nginx throughput ratio: {g / n:.2f}")
PY
