#!/usr/bin/env bash
# Throughput of the special inspection (issue #7). Loopback only; it stops what it starts.
# Builds in Release, seeds RECORDS synthetic records served here, shaped like real ones (principals with phones, half of
# them enterprises the business registry knows, domains in the domain registry, simulated DNS → 127.0.0.1),
# serves every site's home page from one nginx on loopback, then times:
#   - the registry inspection over all records (records/s, and the time 1,000,000 would take at that rate);
#   - the footer check by real HTTP over all sites (sites per minute).
set -euo pipefail
cd "$(dirname "$0")/.."
RECORDS=${RECORDS:-20000}
FOOTER=${FOOTER:-1}           # FOOTER=0 times the registry inspection alone
PLATFORM_ARGS=${PLATFORM_ARGS:-} # more settings for the platform, e.g. --Compliance:InspectionParallelism=1

command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || {
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  rm -f /usr/sbin/policy-rc.d
}
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d /tmp/beian-compliance-bench.XXXXXX)
pids=()
cleanup() { status=$?; [ "$status" -eq 0 ] || tail -30 "$work/web.log" 2>/dev/null; for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
now() { date +%s.%N; }
since() { python3 -c "print(round($(now) - $1, 2))"; }

mkdir -p "$work/html" "$work/nginx"
echo '<!DOCTYPE html><html><body><main>压测网站</main><footer><a href="https://beian.miit.gov.cn/">京ICP备2027000000号-1</a></footer></body></html>' > "$work/html/index.html"
chmod -R a+rX "$work"
site_port=$(free_port)
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
error_log $work/nginx/error.log;
pid $work/nginx/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
  server { listen 127.0.0.1:$site_port default_server; root $work/html; }
}
CONF
"$NGINX" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=("$!")

echo "building (Release)…"
dotnet publish src/Beian.Web -c Release -o "$work/web" >"$work/publish.log" || { tail -20 "$work/publish.log"; exit 1; }
port=$(free_port)
dotnet "$work/web/Beian.Web.dll" --urls "http://127.0.0.1:$port" --Platform:DataFolder="$work/data" --Jobs:Enabled=false \
  --Gate:Enabled=false --Compliance:HttpPort="$site_port" --Compliance:InspectionInterval=3650.00:00:00 \
  --Logging:LogLevel:Default=Warning ${PLATFORM_ARGS:-} >"$work/web.log" 2>&1 &
pids+=("$!")
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/openapi/v1.json" >/dev/null && break; sleep 0.5; done
token=$(curl -sf -X POST "http://127.0.0.1:$port/api/accounts/login" -H 'content-type: application/json' \
  -d '{"email":"admin@demo.beian","password":"Beian@2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
api() { curl -sf -X POST "http://127.0.0.1:$port$1" -H "authorization: Bearer $token" -H 'content-type: application/json' -d "$2"; }

echo "seeding $RECORDS records…"
start=$(now); api /api/sandbox/compliance-bench/seed "{\"count\":$RECORDS}" >/dev/null; echo "seeded in $(since "$start") s"

cpu0=$(ps -o times= -p "${pids[1]}")
start=$(now); api /api/compliance/run '{"checks":["registries"]}' >/dev/null; registries=$(since "$start")
echo "registry inspection used $(( $(ps -o times= -p "${pids[1]}") - cpu0 )) s of CPU"
if [ "$FOOTER" = 1 ]; then
  start=$(now); api /api/compliance/run '{"checks":["footer"]}' >"$work/footer.json"; footer=$(since "$start")
else
  footer=0; echo '[{"inspected":0,"notes":[]}]' >"$work/footer.json"
fi
python3 - "$RECORDS" "$registries" "$footer" "$work/footer.json" <<'PY'
import json, sys
records, registries, footer = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
report = json.load(open(sys.argv[4]))[0]
print(f"registry inspection: {records} records in {registries:.1f} s = {records / registries:,.0f} records/s "
      f"(1,000,000 would take ~{1_000_000 / (records / registries):,.0f} s; target 60 s)")
if footer: print(f"footer check: {report['inspected']} sites in {footer:.1f} s = {report['inspected'] / footer * 60:,.0f} sites/min "
      f"(target 1,000/min; not fetched: {len(report['notes'])})")
PY
