#!/usr/bin/env bash
# Figures at size against a store `advisor seed` filled (docs/storage.md, "At size"): the host's
# start and memory, personal routines at 64 connections over seeded people, a person's routine with
# 1 and with about 1,000 logged outcomes, outcome writes, and the export of about 10,000 routines.
# Needs wrk, curl and jq. Run from anywhere:
#   DB="Host=127.0.0.1;Port=55440;Username=postgres;Database=seed1m" SEEDED=1000000 Advisor.Benchmarks/Load/at-size.sh
# Settings (environment): DB (required), SEEDED (people seeded), SEED=1 (the seed's --seed),
#   DURATION=20 (seconds per wrk run), PERSONALIZATION=off, NO_BUILD= (set to skip the build),
#   THINK="1000 500 250" (the waits, in ms, of the paced runs at 64 connections).
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${DB:?DB names the seeded store}" "${SEEDED:?SEEDED is how many people were seeded}"
export EXAMPLES=data/examples
seed=${SEED:-1} duration=${DURATION:-20} personalization=${PERSONALIZATION:-off}
work=$(mktemp -d /tmp/advisor-at-size.XXXXXX)
port=$((20000 + RANDOM % 20000)) url=""
host_pid=""
trap '[[ -n "$host_pid" ]] && kill "$host_pid" 2>/dev/null; wait 2>/dev/null; true' EXIT

[[ -n "${NO_BUILD:-}" ]] || dotnet build Advisor.Host -c Release -v quiet -nologo >/dev/null
url="http://127.0.0.1:$port"
started=$(date +%s.%N)
Advisor.Host/bin/Release/net10.0/advisor --db "$DB" --urls "$url" --RequestsPerMinute 0 --Personalization "$personalization" >"$work/host.log" 2>&1 &
host_pid=$!
until curl -sf -o /dev/null "$url/readyz"; do
    kill -0 "$host_pid" 2>/dev/null || { tail -20 "$work/host.log"; exit 1; }
    sleep 0.05
done
ready=$(date +%s.%N)
hwm() { awk '/VmHWM/ { printf "%d MiB", $2 / 1024 }' "/proc/$host_pid/status"; }
echo "== start: ready after $(echo "$ready - $started" | bc) s (personalization $personalization), peak memory $(hwm)"
# The first routine compiles what the engine runs: timed on its own, then a warm-up before any figure.
curl -sf -o /dev/null -w "== the first routine after the start: %{time_total} s\n" -X POST "$url/api/routines" \
    -H "Authorization: Bearer ra_seed_${seed}_0" -H 'Content-Type: application/json' --data @data/examples/desk-worker-stiff-neck.json

latency() { # label, wrk arguments...: prints requests/s and the latency percentiles
    local label=$1; shift
    wrk "$@" --latency "$url" >"$work/wrk.txt"
    echo "== $label: $(awk '/Requests\/sec/ { print $2 " a second" }' "$work/wrk.txt");" \
        "$(awk '/^ +(50|90|99)%/ { printf "p%s %s  ", substr($1, 1, 2), $2 }' "$work/wrk.txt")" \
        "errors: $(grep -c 'Non-2xx\|Socket errors' "$work/wrk.txt" || true)"
}

# Personal routines for seeded people, 64 connections, each request another of 10,000 of them.
for _ in $(seq 10000); do echo "ra_seed_${seed}_$(( (RANDOM * 32768 + RANDOM) % SEEDED ))"; done >"$work/seeded"
PEOPLE="$work/seeded" wrk -t2 -c64 -d5s -s Advisor.Benchmarks/Load/wrk/personal-routines.lua "$url" >/dev/null
PEOPLE="$work/seeded" latency "personal routines, seeded people (20 outcomes each), 64 connections" \
    -t2 -c64 -d"${duration}s" -s Advisor.Benchmarks/Load/wrk/personal-routines.lua
# The same at set rates: each connection waits THINK_MS between requests, so the queue is not the tail.
for think in ${THINK:-1000 500 250}; do
    THINK_MS=$think PEOPLE="$work/seeded" latency "  the same, each connection waiting $think ms between requests" \
        -t2 -c64 -d"${duration}s" -s Advisor.Benchmarks/Load/wrk/personal-routines.lua
done

assessment=data/examples/desk-worker-stiff-neck.json
person() { curl -sf -X POST "$url/api/users" | jq -r .token; }
routine() { # token -> "token routine-id exercise-id region"
    curl -sf -X POST "$url/api/routines" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' --data @"$assessment" |
        jq -r --arg t "$1" '[$t, .routineId, ([.phases[].items[].exerciseId][0]), "neck"] | join(" ")'
}
outcomes_of() { curl -sf "$url/api/me/export.json" -H "Authorization: Bearer $1" | jq '.outcomes | length'; }

# One person with a single outcome.
one=$(person); routine "$one" >"$work/one-routine"
read -r _ id exercise _ <"$work/one-routine"
curl -sf -o /dev/null -X POST "$url/api/routines/$id/outcomes" -H "Authorization: Bearer $one" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: at-size-one" -d "{\"completed\":[\"$exercise\"],\"painBefore\":{\"neck\":5},\"painAfter\":{\"neck\":4}}"
echo "$one" >"$work/one"
echo "== the person with $(outcomes_of "$one") outcome(s):"
PEOPLE="$work/one" latency "  their routines, 1 connection" -t1 -c1 -d"${duration}s" -s Advisor.Benchmarks/Load/wrk/personal-routines.lua

# One person with about a thousand: outcome writes, one connection, until there are 1,000.
many=$(person); routine "$many" >"$work/many-routine"
written=0
while (( written < 1000 )); do
    ROUTINES="$work/many-routine" latency "outcome writes, 1 connection" -t1 -c1 -d5s -s Advisor.Benchmarks/Load/wrk/outcomes.lua
    written=$(outcomes_of "$many")
done
echo "$many" >"$work/many"
echo "== the person with $written outcomes:"
PEOPLE="$work/many" latency "  their routines, 1 connection" -t1 -c1 -d"${duration}s" -s Advisor.Benchmarks/Load/wrk/personal-routines.lua

# One person with about ten thousand routines, then their exports.
big=$(person); echo "$big" >"$work/big"
routines=0
while (( routines < 10000 )); do
    PEOPLE="$work/big" wrk -t2 -c8 -d10s -s Advisor.Benchmarks/Load/wrk/personal-routines.lua "$url" >/dev/null
    routines=$(curl -sf "$url/api/me/export.json" -H "Authorization: Bearer $big" | jq '.routines | length')
done
for kind in json zip; do
    curl -sf -o /dev/null -w "== export.$kind of $routines routines: %{time_total} s, %{size_download} bytes, first byte after %{time_starttransfer} s\n" \
        "$url/api/me/export.$kind" -H "Authorization: Bearer $big"
done
echo "== peak memory of the host over the run: $(hwm)"
