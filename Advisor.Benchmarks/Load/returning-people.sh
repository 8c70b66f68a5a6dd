#!/usr/bin/env bash
# What a person costs who returns after the ranker dropped their layer from memory, two builds of
# the host compared in one sitting, turn about: personal routines over PEOPLE seeded people at
# CONNECTIONS connections, on a host that holds RESIDENT layers, so that most requests read
# someone back and drop someone else. Each run first goes once over every one of those people
# (WARMUP seconds), so that each was read back and dropped at least once before the figure.
# Needs a store `advisor seed` filled (docs/storage.md, "At size"), wrk and curl. Run from anywhere:
#   DB="Host=127.0.0.1;Port=55440;Username=postgres;Database=seed" SEEDED=50000 \
#       Advisor.Benchmarks/Load/returning-people.sh BEFORE [AFTER]
# Settings (environment): PEOPLE=5000 RESIDENT=1000 CONNECTIONS=64 DURATION=20 WARMUP=30 ROUNDS=2
#   SEED=1 (the seed's --seed), HOST_ENV="DOTNET_gcServer=0" (variables for both hosts' runtime).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
: "${DB:?DB names the seeded store}" "${SEEDED:?SEEDED is how many people were seeded}"
before=${1:?usage: returning-people.sh BEFORE [AFTER]}
after=${2:-}
people=${PEOPLE:-5000} resident=${RESIDENT:-1000} connections=${CONNECTIONS:-64}
duration=${DURATION:-20} warmup=${WARMUP:-30} rounds=${ROUNDS:-2} seed=${SEED:-1}
url="http://127.0.0.1:$((20000 + RANDOM % 20000))"
scratch=$(mktemp -d)
host_pid=
source Advisor.Benchmarks/Load/side-by-side.lib.sh
trap 'stop_host; remove_builds' EXIT
stop_host() { [[ -n "$host_pid" ]] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null; host_pid=; true; }

echo "building $before and ${after:-the working tree}…"
dir_before=$(build before "$before")
dir_after=$(build after "$after")
label_before=$before label_after=${after:-working-tree}
# The same people for every run: distinct, drawn from the whole seeded store.
shuf -i 0-$((SEEDED - 1)) -n "$people" --random-source=<(yes) | sed "s/^/ra_seed_${seed}_/" >"$scratch/people"
export EXAMPLES=data/examples PEOPLE="$scratch/people"

for round in $(seq 1 "$rounds"); do
    for side in before after; do
        dir_var=dir_$side; label_var=label_$side
        env ${HOST_ENV:-} dotnet "${!dir_var}/advisor.dll" --db "$DB" --urls "$url" --RequestsPerMinute 0 \
            --ResidentPeople "$resident" >"$scratch/host.log" 2>&1 &
        host_pid=$!
        until curl -sf -o /dev/null "$url/readyz"; do
            kill -0 "$host_pid" 2>/dev/null || { tail -20 "$scratch/host.log"; exit 1; }
            sleep 0.2
        done
        wrk -t2 -c"$connections" -d"${warmup}s" -s Advisor.Benchmarks/Load/wrk/personal-routines.lua "$url" >/dev/null 2>&1
        started=$(cut -d' ' -f1 /proc/loadavg)
        measured=$(figures "$host_pid" -t2 -c"$connections" -d"${duration}s" -s Advisor.Benchmarks/Load/wrk/personal-routines.lua "$url")
        echo "round $round  ${!label_var}  load $started  $people people, $resident resident, $connections connections: $measured"
        stop_host
    done
done
