#!/usr/bin/env bash
# Timing of the sign-in's two refusals (issue #15): an unknown e-mail against a known one with a wrong password. The
# answers are pinned equal by SignInTests; this measures that they also cost about the same, so that the time of an
# answer does not tell which addresses have accounts. Loopback only; it stops what it starts. Prints the medians and
#   unknown/wrong time ratio: X.XX
set -euo pipefail
cd "$(dirname "$0")/.."
SAMPLES=${SAMPLES:-9}   # per demo account: under the lockout's ten wrong passwords per address and client
work=$(mktemp -d /tmp/beian-signin.XXXXXX)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')

echo "building (Release)…"
dotnet build src/Beian.Web -c Release -v q -nologo >/dev/null
dotnet src/Beian.Web/bin/Release/net10.0/Beian.Web.dll --urls "http://127.0.0.1:$port" --Platform:DataFolder="$work/data" \
  --RateLimits:SignIn:PermitLimit=100000 --Jobs:Enabled=false >"$work/platform.log" 2>&1 &
pid=$!
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$port/api/catalog/withdraw-reasons" >/dev/null && break; sleep 1; done

time_of() { curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -d "$1" "http://127.0.0.1:$port/api/accounts/login"; }
: >"$work/unknown"; : >"$work/wrong"
for account in applicant reviewer bureau admin; do
  for i in $(seq "$SAMPLES"); do
    time_of "{\"email\":\"nobody-$account-$i@example.com\",\"password\":\"Wrong#Pass-$i\"}" >>"$work/unknown"
    time_of "{\"email\":\"$account@demo.beian\",\"password\":\"Wrong#Pass-$i\"}" >>"$work/wrong"
  done
done

python3 - "$work/unknown" "$work/wrong" <<'PY'
import statistics, sys
unknown = [float(x) * 1000 for x in open(sys.argv[1])]
wrong = [float(x) * 1000 for x in open(sys.argv[2])]
print(f"unknown e-mail:  median {statistics.median(unknown):.1f} ms over {len(unknown)}")
print(f"wrong password:  median {statistics.median(wrong):.1f} ms over {len(wrong)}")
print(f"unknown/wrong time ratio: {statistics.median(unknown) / statistics.median(wrong):.2f}")
PY
