#!/usr/bin/env bash
# Load benchmark of the access gate (issues #6, #20). Loopback only; it stops what it starts.
# Builds in Release, loads 1,000,000 synthetic filed domains into the platform, starts the slim gateway (Beian.Gateway)
# that mirrors them and keeps nginx's own gate in step (decision 0016), and measures with wrk — random hosts, 64
# connections, 10 s, the measured process on core 0 and wrk on core 1, three interleaved rounds:
#   nginx serving a static file ungated, and the same nginx gated by its own gate (the same worker, another server{});
#   nginx asking the gateway by auth_request; nginx proxying to an upstream, and the gateway (YARP) proxying to it.
# It prints medians with their spread, nginx's memory, how long nginx took to load the map, how fast a committed change
# was enforced by nginx, and last:
#   gated/ungated nginx throughput ratio: X.XX
set -euo pipefail
cd "$(dirname "$0")/.."
DOMAINS=${DOMAINS:-1000000}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
ROUNDS=${ROUNDS:-3}

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -f /usr/lib/nginx/modules/ngx_http_lua_module.so ] || missing+=(libnginx-mod-http-lua)
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
elapsed() { python3 -c "print(round($(date +%s.%N) - $1, 1))"; }

echo "building (Release)…"
dotnet publish src/Beian.Web -c Release -o "$work/web" >"$work/publish.log" || { tail -20 "$work/publish.log"; exit 1; }
dotnet publish src/Beian.Gateway -c Release -o "$work/gateway" >"$work/publish.log" || { tail -20 "$work/publish.log"; exit 1; }

platform_port=$(free_port)
taskset -c 1 dotnet "$work/web/Beian.Web.dll" --urls "http://127.0.0.1:$platform_port" --Platform:DataFolder="$work/data" \
  --Gate:RefreshInterval=00:00:00.200 --Gate:FeedKey=bench --Jobs:Enabled=false --Logging:LogLevel:Default=Warning >"$work/web.log" 2>&1 &
platform_pid=$!; pids+=("$platform_pid")
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$platform_port/openapi/v1.json" >/dev/null && break; sleep 0.5; done
token=$(curl -sf -X POST "http://127.0.0.1:$platform_port/api/accounts/login" -H 'content-type: application/json' \
  -d '{"email":"admin@demo.beian","password":"Beian@2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
echo "loading $DOMAINS filed domains…"
start=$(date +%s.%N)
curl -sf -X POST "http://127.0.0.1:$platform_port/api/sandbox/gate-bench/seed" -H "authorization: Bearer $token" \
  -H 'content-type: application/json' -d "{\"count\":$DOMAINS}" >/dev/null
echo "loaded into the platform and its snapshot built in $(elapsed "$start") s"

# One nginx, one worker on core 0: ungated and gated static sites, the auth_request site, a proxy; the upstream apart.
ports=(); for _ in 1 2 3 4 5 6; do ports+=("$(free_port)"); done
plain=${ports[0]} gated=${ports[1]} authreq=${ports[2]} proxied=${ports[3]} control=${ports[4]} upstream=${ports[5]}
gate_port=$(free_port)
mkdir -p "$work/html" "$work/nginx" "$work/upstream" "$work/gate-data"
echo '<p>static</p>' > "$work/html/index.html"
# wrk plays ordinary visitors, who are not told the reason: the diagnosis networks leave loopback out.
sed -e "s#/usr/share/beian-gate#$PWD/deploy/nginx#" -e "s#/var/lib/beian-gate#$work/gate-data#" -e "s#127.0.0.1:8089#127.0.0.1:$control#" \
  -e "s#^    127.0.0.0/8 1;#    192.0.2.0/24 1;#" -e "/^    ::1 1;/d" deploy/nginx/beian-gate-native.conf > "$work/nginx/native.conf"
chmod -R a+rX "$work"
temp_paths() { echo "client_body_temp_path $1/body; proxy_temp_path $1/proxy; fastcgi_temp_path $1/fastcgi; uwsgi_temp_path $1/uwsgi; scgi_temp_path $1/scgi;"; }
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
error_log $work/nginx/error.log;
pid $work/nginx/nginx.pid;
load_module /usr/lib/nginx/modules/ndk_http_module.so;
load_module /usr/lib/nginx/modules/ngx_http_lua_module.so;
events { worker_connections 1024; }
http {
  access_log off;
  $(temp_paths "$work/nginx")
  include $work/nginx/native.conf;
  include $PWD/deploy/nginx/beian-gate-page.conf;
  upstream beian_upstream { server 127.0.0.1:$upstream; keepalive 64; }
  upstream beian_gate { server 127.0.0.1:$gate_port; keepalive 64; }
  server { listen 127.0.0.1:$plain; root $work/html; }
  server { listen 127.0.0.1:$gated; root $work/html; include $PWD/deploy/nginx/beian-gate-site.conf; }
  server {
    listen 127.0.0.1:$authreq; root $work/html;
    location / { auth_request /_beian_gate; }
    location = /_beian_gate {
      internal; proxy_pass http://beian_gate/gate/check; proxy_http_version 1.1; proxy_set_header Connection "";
      proxy_pass_request_body off; proxy_set_header Content-Length ""; proxy_set_header X-Original-Host \$host;
    }
  }
  server {
    listen 127.0.0.1:$proxied;
    location / { proxy_pass http://beian_upstream; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$host; }
  }
}
CONF
cat > "$work/upstream/nginx.conf" <<CONF
worker_processes 1;
error_log $work/upstream/error.log;
pid $work/upstream/nginx.pid;
events { worker_connections 1024; }
http { access_log off; $(temp_paths "$work/upstream") server { listen 127.0.0.1:$upstream; root $work/html; } }
CONF
taskset -c 0 "$NGINX" -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=("$!")
taskset -c 1 "$NGINX" -p "$work/upstream" -c "$work/upstream/nginx.conf" -g 'daemon off;' &
pids+=("$!")
for _ in $(seq 1 100); do curl -s "http://127.0.0.1:$control/beian/status" >/dev/null && break; sleep 0.1; done

start=$(date +%s.%N)
taskset -c 0 dotnet "$work/gateway/Beian.Gateway.dll" --urls "http://127.0.0.1:$gate_port" \
  --Gateway:Platform="http://127.0.0.1:$platform_port" --Gateway:FeedKey=bench --Gateway:RefreshInterval=00:00:00.200 \
  --Gateway:Upstream="http://127.0.0.1:$upstream" --Gateway:Nginx:Folder="$work/gate-data" \
  --Gateway:Nginx:Control="http://127.0.0.1:$control" --Gateway:Nginx:ReloadCommand="kill -HUP \$(cat $work/nginx/nginx.pid)" \
  --Logging:LogLevel:Beian.Gateway.Nginx=Information >"$work/gateway.log" 2>&1 &
gate_pid=$!; pids+=("$gate_pid")
for i in $(seq 1 1200); do
  curl -s "http://127.0.0.1:$control/beian/status" | grep -q '"generation":"1"' && break
  [ "$i" = 1200 ] && { echo "nginx did not get the map:"; tail -20 "$work/gateway.log"; exit 1; }
  sleep 0.1
done
echo "gateway started, mirrored the snapshot and had nginx load it in $(elapsed "$start") s"
load_line=$(grep -o 'loaded base map 1 of [0-9]* entries in [0-9.]* s' "$work/gateway.log" | head -1)
taskset -a -p -c 1 "$platform_pid" >/dev/null

# Random hosts: a filed one most of the time, sometimes a subdomain or an unfiled one.
cat > "$work/hosts.lua" <<LUA
math.randomseed(os.time())
request = function()
  local n = math.random(0, $DOMAINS - 1)
  local r = math.random()
  local host = "bench-" .. n .. ".cn"
  if r < 0.2 then host = "www." .. host elseif r < 0.3 then host = "unfiled-" .. n .. ".com" end
  wrk.headers["Host"] = host
  return wrk.format("GET", "/index.html")
end
LUA
run() { # port → "rps p99ms"
  taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${2:-$DURATION}" --latency -s "$work/hosts.lua" "http://127.0.0.1:$1/index.html" 2>/dev/null | python3 -c '
import re, sys
out = sys.stdin.read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
print(rps, float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)])'
}
names=(ungated gated authreq nginxproxy yarp)
targets=("$plain" "$gated" "$authreq" "$proxied" "$gate_port")
echo "warming up…"
for t in "${targets[@]}"; do run "$t" 3s >/dev/null; done
declare -A results
for round in $(seq 1 "$ROUNDS"); do
  line="round $round:"
  for i in "${!names[@]}"; do
    results[${names[$i]}]+="$(run "${targets[$i]}"),"
    line+=" ${names[$i]} $(echo "${results[${names[$i]}]}" | tr ',' '\n' | grep . | tail -1)"
  done
  echo "$line  (req/s p99-ms)"
done

nginx_master=$(cat "$work/nginx/nginx.pid")
memory=$(python3 - "$nginx_master" <<'PY'
import sys, pathlib
master = sys.argv[1]
pids = [master] + [p.name for p in pathlib.Path("/proc").iterdir() if p.name.isdigit() and (p / "stat").exists()
        and (p / "stat").read_text().split(") ")[1].split()[1] == master]
def field(pid, name):
    for line in pathlib.Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1]) // 1024
pss = sum(field(p, "Pss") for p in pids)
worker = max(field(p, "Rss") for p in pids[1:])
print(f"{pss} {worker}")
PY
)

# How long a committed change takes to be enforced by nginx: the platform removes a domain, nginx blocks it.
curl -sf -X POST "http://127.0.0.1:$platform_port/api/sandbox/gate-bench/remove" -H "authorization: Bearer $token" \
  -H 'content-type: application/json' -d '{"domain":"bench-42.cn"}' >/dev/null
changed=$(date +%s.%N)
until [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Host: bench-42.cn' "http://127.0.0.1:$gated/index.html")" = "403" ]; do sleep 0.02; done
lag=$(python3 -c "print(round(($(date +%s.%N) - $changed) * 1000))")

python3 - "$memory" "$lag" "$load_line" <<PY
import statistics, sys
pss, worker = sys.argv[1].split()
lag, load = sys.argv[2], sys.argv[3]
runs = {$(for n in "${names[@]}"; do printf '"%s": "%s", ' "$n" "${results[$n]}"; done)}
def parse(text): return [tuple(map(float, r.split())) for r in text.split(",") if r.strip()]
def summary(name, label):
    rs = parse(runs[name]); rps = [r[0] for r in rs]; p99 = [r[1] for r in rs]
    print(f"{label}: median {statistics.median(rps):,.0f} req/s (spread {min(rps):,.0f}–{max(rps):,.0f}), median p99 {statistics.median(p99):.2f} ms")
    return statistics.median(rps), statistics.median(p99)
u, up99 = summary("ungated", "nginx static file, ungated     ")
g, gp99 = summary("gated", "nginx static file, own gate    ")
a, _ = summary("authreq", "nginx + auth_request to gateway")
p, _ = summary("nginxproxy", "nginx proxying to the upstream ")
y, _ = summary("yarp", "gateway (YARP) proxying        ")
print(f"auth_request/ungated: {a / u:.2f}; YARP gateway/nginx proxy: {y / p:.2f}")
print(f"gated p99 minus ungated p99: {gp99 - up99:+.2f} ms")
print(f"gated nginx memory: {pss} MB proportional set (master and worker), a worker's resident set {worker} MB")
print(f"map load (gateway: {load})")
print(f"a committed change was enforced by nginx in {lag} ms")
print(f"gated/ungated nginx throughput ratio: {g / u:.2f}")
PY
