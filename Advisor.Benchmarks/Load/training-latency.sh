#!/usr/bin/env bash
# What retraining the population model in the background costs the routines served meanwhile:
# personal routines at CONNECTIONS connections over PEOPLE seeded people, on a host that retrains
# back to back (every new outcome starts the next retraining: --RetrainAfterOutcomes 1) and on one
# that does not retrain, turn about. Both log one outcome a second, so they differ only by the
# retraining. Prints each run's rate, p50 and p99, and the retrainings the host logged meanwhile.
# Needs a store `advisor seed` filled with more outcomes than the learning window (100,000 by
# default), wrk, curl and jq. Run from anywhere:
#   DB="Host=127.0.0.1;Port=55440;Username=postgres;Database=seed1m" SEEDED=1000000 \
#       Advisor.Benchmarks/Load/training-latency.sh
# Settings (environment): PEOPLE=1000 CONNECTIONS=16 THINK_MS=100 (each connection's wait between
#   its requests; empty: none, as fast as answered) DURATION=120 WARMUP=10 ROUNDS=2 SEED=1 (the
#   seed's --seed), NO_BUILD= (set to skip the build), HOST_ENV= (variables for the host's runtime).
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${DB:?DB names the seeded store}" "${SEEDED:?SEEDED is how many people were seeded}"
people=${PEOPLE:-1000} connections=${CONNECTIONS:-16} duration=${DURATION:-120} warmup=${WARMUP:-10}
export THINK_MS=${THINK_MS-100}
rounds=${ROUNDS:-2} seed=${SEED:-1}
url="http://127.0.0.1:$((20000 + RANDOM % 20000))"
scratch=$(mktemp -d /tmp/advisor-training.XXXXXX)
host_pid= logger_pid=
stop() {
    [[ -n "$logger_pid" ]] && kill "$logger_pid" 2>/dev/null && { wait "$logger_pid" 2>/dev/null || true; }; logger_pid=
    [[ -n "$host_pid" ]] && kill "$host_pid" 2>/dev/null && { wait "$host_pid" 2>/dev/null || true; }; host_pid=
    true
}
trap 'stop; rm -rf "$scratch"' EXIT
source Advisor.Benchmarks/Load/side-by-side.lib.sh

[[ -n "${NO_BUILD:-}" ]] || dotnet build Advisor.Host -c Release -v quiet -nologo >/dev/null
shuf -i 0-$((SEEDED - 1)) -n "$people" --random-source=<(yes) | sed "s/^/ra_seed_${seed}_/" >"$scratch/people"
export EXAMPLES=data/examples PEOPLE="$scratch/people"

# One outcome a second for one new person's routine, each with its own key.
log_outcomes() {
    local token routine exercise n=0
    token=$(curl -sf -X POST "$url/api/users" | jq -r .token)
    read -r routine exercise < <(curl -sf -X POST "$url/api/routines" -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' --data @data/examples/desk-worker-stiff-neck.json |
        jq -r '[.routineId, ([.phases[].items[].exerciseId][0])] | join(" ")')
    while true; do
        n=$((n + 1))
        curl -sf -o /dev/null -X POST "$url/api/routines/$routine/outcomes" -H "Authorization: Bearer $token" \
            -H 'Content-Type: application/json' -H "Idempotency-Key: training-latency-$n" \
            -d "{\"completed\":[\"$exercise\"],\"painBefore\":{\"neck\":$((3 + n % 5))},\"painAfter\":{\"neck\":$((2 + n % 5))}}" || true
        sleep 1
    done
}

for round in $(seq 1 "$rounds"); do
    for mode in retraining none; do
        if [[ $mode == retraining ]]; then every=1; else every=100000000; fi
        env ${HOST_ENV:-} Advisor.Host/bin/Release/net10.0/advisor --db "$DB" --urls "$url" --RequestsPerMinute 0 \
            --Personalization on --RetrainAfterOutcomes "$every" --RetrainMinutes 0 >"$scratch/host.log" 2>&1 &
        host_pid=$!
        until curl -sf -o /dev/null "$url/readyz"; do
            kill -0 "$host_pid" 2>/dev/null || { tail -20 "$scratch/host.log"; exit 1; }
            sleep 0.2
        done
        log_outcomes & logger_pid=$!
        wrk -t2 -c"$connections" -d"${warmup}s" -s Advisor.Benchmarks/Load/wrk/personal-routines.lua "$url" >/dev/null 2>&1
        before=$(grep -c "population model was retrained" "$scratch/host.log" || true)
        before=${before:-0}
        load=$(cut -d' ' -f1 /proc/loadavg)
        measured=$(figures "$host_pid" -t2 -c"$connections" -d"${duration}s" -s Advisor.Benchmarks/Load/wrk/personal-routines.lua "$url")
        trained=$(grep "population model was retrained" "$scratch/host.log" | tail -n +$((before + 1)) |
            sed -E 's/.* on ([0-9,]+) logged outcomes in ([0-9.]+) s.*/\1 in \2 s/' | paste -sd ';' - || true)
        echo "round $round  $mode  load $load  $people people, $connections connections${THINK_MS:+ waiting $THINK_MS ms}: $measured"
        echo "    retrainings finished meanwhile: ${trained:-none}"
        stop
    done
done
