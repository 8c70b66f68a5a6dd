#!/usr/bin/env bash
# Two builds of the host compared in one sitting, turn about, so that whatever else the shared
# machine is doing falls on both alike: the in-process `bench` verb over data/examples, then wrk's
# anonymous routines over loopback on a fresh SQLite file each time. Prints one line per run, with
# the load average when it started; read the spread of each build's lines, not one line.
#
# Run as root from anywhere:  Advisor.Benchmarks/Load/side-by-side.sh BEFORE [AFTER]
#                             (commits or branches; AFTER defaults to the working tree as it is)
# Settings (environment):     ROUNDS=3 ITERATIONS=300 (bench: runs of every example per round)
#                             CONNECTIONS=8 DURATION=10 WARMUP=3 (wrk)
#                             HOST_ENV="DOTNET_gcServer=0" (variables for both hosts' runtime)
#                             SKIP_WRK=1 (the bench verb alone)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

before=${1:?usage: side-by-side.sh BEFORE [AFTER]}
after=${2:-}
rounds=${ROUNDS:-3}
iterations=${ITERATIONS:-300}
connections=${CONNECTIONS:-8}
duration=${DURATION:-10}
warmup=${WARMUP:-3}
port=${PORT:-5193}
scratch=$(mktemp -d)
host_pid=

source Advisor.Benchmarks/Load/side-by-side.lib.sh
cleanup() {
    [[ -n "$host_pid" ]] && kill "$host_pid" 2>/dev/null || true
    remove_builds
}
trap cleanup EXIT

if [[ -z "${SKIP_WRK:-}" ]] && ! command -v wrk >/dev/null; then
    apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
fi

echo "building $before and ${after:-the working tree}…"
dir_before=$(build before "$before")
dir_after=$(build after "$after")
label_before=$before
label_after=${after:-working-tree}
load() { cut -d' ' -f1 /proc/loadavg; }

for round in $(seq 1 "$rounds"); do
    for side in before after; do
        dir_var=dir_$side; label_var=label_$side
        line=$(cd "$root" && env ${HOST_ENV:-} dotnet "${!dir_var}/advisor.dll" bench data/examples --iterations "$iterations" 2>&1 | grep '^bench:')
        echo "round $round  ${!label_var}  load $(load)  $line"
    done
done

[[ -n "${SKIP_WRK:-}" ]] && exit 0
export EXAMPLES=data/examples
for round in $(seq 1 "$rounds"); do
    for side in before after; do
        dir_var=dir_$side; label_var=label_$side
        rm -f "$scratch"/load.db*
        env ${HOST_ENV:-} dotnet "${!dir_var}/advisor.dll" --urls "http://127.0.0.1:$port" --Db "Data Source=$scratch/load.db" \
            --RequestsPerMinute 0 >"$scratch/host.log" 2>&1 &
        host_pid=$!
        for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.5; done
        wrk -t2 -c"$connections" -d"${warmup}s" -s Advisor.Benchmarks/Load/wrk/anonymous-routines.lua "http://127.0.0.1:$port" >/dev/null 2>&1
        started=$(load)
        measured=$(figures "$host_pid" -t2 -c"$connections" -d"${duration}s" -s Advisor.Benchmarks/Load/wrk/anonymous-routines.lua "http://127.0.0.1:$port")
        echo "round $round  ${!label_var}  load $started  wrk $connections connections: $measured"
        kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; host_pid=
    done
done
