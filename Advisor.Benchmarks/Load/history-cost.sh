#!/usr/bin/env bash
# What a long history costs a personal routine over HTTP, side by side in one run: for each host
# build given (a repository checkout, built in Release), a fresh SQLite store, and POST
# /api/routines for people with no logged outcomes and for people with HISTORY of them, one after
# the other against the same host. Prints the load generator's summary line per run.
#
# Run from anywhere:  Advisor.Benchmarks/Load/history-cost.sh [CHECKOUT ...]   (default: this one)
# Settings:           HISTORY=1000 CONNECTIONS=1 DURATION=15 WARMUP=3
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
history=${HISTORY:-1000}
connections=${CONNECTIONS:-1}
duration=${DURATION:-15}
warmup=${WARMUP:-3}
checkouts=("$@")
(( ${#checkouts[@]} > 0 )) || checkouts=("$here")
work=$(mktemp -d /tmp/advisor-history-cost.XXXXXX)
host_pid=""
trap '[[ -n "$host_pid" ]] && kill "$host_pid" 2>/dev/null; rm -rf "$work"' EXIT

echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for checkout in "${checkouts[@]}"; do
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    url="http://127.0.0.1:$port"
    rm -f "$work"/store.db*
    dotnet "$checkout/Advisor.Host/bin/Release/net10.0/advisor.dll" --db "$work/store.db" --urls "$url" --RequestsPerMinute 0 \
        >"$work/host.log" 2>&1 &
    host_pid=$!
    for _ in $(seq 240); do curl -sf "$url/healthz" >/dev/null && break; sleep 0.5; done
    for outcomes in 0 "$history"; do
        line=$(dotnet "$here/Advisor.Benchmarks/bin/Release/net10.0/Advisor.Benchmarks.dll" load --scenario personal-routines \
            --history "$outcomes" --connections "$connections" --duration "$duration" --warmup "$warmup" --url "$url" | grep '^SUMMARY')
        echo -e "$checkout\thistory $outcomes\t$(echo "$line" | cut -f3-7)"
    done
    kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; host_pid=""
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)   columns: requests/s p50 p90 p99 max (ms)"
