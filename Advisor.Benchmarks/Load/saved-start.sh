#!/usr/bin/env bash
# How long a host takes from start to serving on a large store with a saved ranker: first a host
# starts without one, logs one outcome, retrains the population model on it (--RetrainAfterOutcomes 1)
# and saves the ranker into a fresh MODEL file as it stops; then ROUNDS starts from that file are
# timed to ready and to their first personal routine, each printing the host's own line on what it
# loaded. Needs a store `advisor seed` filled, curl and jq. Run from anywhere:
#   DB="Host=127.0.0.1;Port=55440;Username=postgres;Database=seed1m" Advisor.Benchmarks/Load/saved-start.sh
# Settings (environment): ROUNDS=3, SEED=1 (the seed's --seed), NO_BUILD= (set to skip the build),
#   HOST_ENV= (variables for the host's runtime).
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${DB:?DB names the seeded store}"
rounds=${ROUNDS:-3} seed=${SEED:-1}
url="http://127.0.0.1:$((20000 + RANDOM % 20000))"
scratch=$(mktemp -d /tmp/advisor-saved-start.XXXXXX)
model="$scratch/store.ranker"
host_pid=
stop_host() { [[ -n "$host_pid" ]] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null; host_pid=; true; }
trap 'stop_host; rm -rf "$scratch"' EXIT

[[ -n "${NO_BUILD:-}" ]] || dotnet build Advisor.Host -c Release -v quiet -nologo >/dev/null
start_host() { # extra arguments...
    env ${HOST_ENV:-} Advisor.Host/bin/Release/net10.0/advisor --db "$DB" --urls "$url" --RequestsPerMinute 0 \
        --Personalization on --ModelFile "$model" "$@" >"$scratch/host.log" 2>&1 &
    host_pid=$!
    until curl -sf -o /dev/null "$url/readyz"; do
        kill -0 "$host_pid" 2>/dev/null || { tail -20 "$scratch/host.log"; exit 1; }
        sleep 0.02
    done
}

started=$(date +%s.%N)
start_host --RetrainAfterOutcomes 1 --RetrainMinutes 0
echo "== without a saved ranker: ready after $(echo "$(date +%s.%N) - $started" | bc) s"
token=$(curl -sf -X POST "$url/api/users" | jq -r .token)
read -r routine exercise < <(curl -sf -X POST "$url/api/routines" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' --data @data/examples/desk-worker-stiff-neck.json |
    jq -r '[.routineId, ([.phases[].items[].exerciseId][0])] | join(" ")')
curl -sf -o /dev/null -X POST "$url/api/routines/$routine/outcomes" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: saved-start" \
    -d "{\"completed\":[\"$exercise\"],\"painBefore\":{\"neck\":5},\"painAfter\":{\"neck\":4}}"
until grep -q "population model was retrained" "$scratch/host.log"; do
    kill -0 "$host_pid" 2>/dev/null || { tail -20 "$scratch/host.log"; exit 1; }
    sleep 0.5
done
echo "== $(grep -o "The population model was retrained.*" "$scratch/host.log" | head -1)"
stop_host
echo "== saved: $(du -h "$model" | cut -f1) in $model"

for round in $(seq 1 "$rounds"); do
    started=$(date +%s.%N)
    start_host
    ready=$(date +%s.%N)
    first=$(curl -sf -o /dev/null -w "%{time_total}" -X POST "$url/api/routines" -H "Authorization: Bearer ra_seed_${seed}_$round" \
        -H 'Content-Type: application/json' --data @data/examples/desk-worker-stiff-neck.json)
    echo "== start $round from the saved ranker: ready after $(echo "$ready - $started" | bc) s, the first personal routine" \
        "$first s, peak memory $(awk '/VmHWM/ { printf "%d MiB", $2 / 1024 }' "/proc/$host_pid/status")"
    echo "   $(grep -o "The ranker was loaded.*" "$scratch/host.log" | head -1)"
    stop_host
done
