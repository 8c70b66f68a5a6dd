#!/usr/bin/env bash
# What the wrk scenarios need, made through the API of the host at $1 into the folder $2:
# people (64 tokens, each with one routine and 3 logged outcomes) for personal-routines, and
# 64 people with 8 routines each for outcomes. Uses curl and jq.
set -euo pipefail
url=$1 out=$2 examples=${3:-data/examples}
mapfile -t assessments < <(ls "$examples"/*.json | grep -v red-flag)
: >"$out/people" ; : >"$out/routines"

person() { curl -sf -X POST "$url/api/users" | jq -r .token; }
routine() { # token assessment-file -> "routine-id exercise-id region"
    curl -sf -X POST "$url/api/routines" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' --data @"$2" |
        jq -r --arg region "$(jq -r '.painPoints[0].region // "lower-back"' "$2")" \
            '[.routineId, ([.phases[].items[].exerciseId][0]), $region] | join(" ")'
}
outcome() { # token routine-id exercise-id region
    curl -sf -o /dev/null -X POST "$url/api/routines/$2/outcomes" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
        -H "Idempotency-Key: setup-$2" -d "{\"completed\":[\"$3\"],\"painBefore\":{\"$4\":5},\"painAfter\":{\"$4\":4}}"
}

for p in $(seq 0 63); do
    token=$(person)
    read -r id exercise region < <(routine "$token" "${assessments[p % ${#assessments[@]}]}")
    for _ in 1 2 3; do
        read -r logged le lr < <(routine "$token" "${assessments[(p + 1) % ${#assessments[@]}]}")
        outcome "$token" "$logged" "$le" "$lr"
    done
    echo "$token" >>"$out/people"
done

for p in $(seq 0 63); do
    token=$(person)
    for r in $(seq 0 7); do
        echo "$token $(routine "$token" "${assessments[(p + r) % ${#assessments[@]}]}")" >>"$out/routines"
    done
done
