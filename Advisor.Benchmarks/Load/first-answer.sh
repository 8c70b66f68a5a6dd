#!/usr/bin/env bash
# Times a host from its start to its first routine: starts the built host on a free loopback port
# with a fresh SQLite file, posts an example assessment until it answers 200, and prints the time.
# Usage: Advisor.Benchmarks/Load/first-answer.sh [RUNS]   (after dotnet build -c Release)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
host=Advisor.Host/bin/Release/net10.0/advisor.dll
[ -f "$host" ] || { echo "build first: dotnet build Advisor.Host -c Release" >&2; exit 2; }
body=data/examples/glutes-wont-fire.json
for run in $(seq "$runs"); do
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  dir=$(mktemp -d)
  start=$(date +%s%N)
  dotnet "$host" --urls "http://127.0.0.1:$port" --db "$dir/advisor.db" > "$dir/host.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$body" "http://127.0.0.1:$port/api/routines")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "the host stopped:" >&2; cat "$dir/host.log" >&2; exit 1; }
    sleep 0.01
  done
  end=$(date +%s%N)
  echo "run $run: first routine after $(( (end - start) / 1000000 )) ms"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
done
