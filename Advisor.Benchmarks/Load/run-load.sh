#!/usr/bin/env bash
# The load test on loopback, repeatable from a clean clone: builds the host and the load generator
# in Release, and for each store (a fresh SQLite file; a throwaway PostgreSQL server) starts the
# host, runs the three scenarios one after another against it, reads the host's peak memory
# (VmHWM), and stops and removes everything it started. Prints a table of the figures at the end.
#
# Run as root from anywhere:  Advisor.Benchmarks/Load/run-load.sh
# Settings (environment):     CONNECTIONS=64 DURATION=30 WARMUP=5 STORES="sqlite postgresql"
#                             SCENARIOS="anonymous-routines personal-routines outcomes"
#                             GENERATOR=dotnet (the project's generator: latency, memory and CPU
#                             of host, database and generator) or wrk (latency and throughput from
#                             wrk, with Lua scripts in wrk/, and GET /api/exercises as a baseline)
#                             HOST_ENV="DOTNET_gcServer=0" (variables for the host's runtime only,
#                             to compare GC and JIT settings side by side)
#                             QUIET_WAIT=600 (seconds to wait for other work on the machine to end)
#                             RETRIES=2 (runs again, after waiting for quiet, a scenario that other
#                             work on the machine took more than DISTURBED=0.15 cores from)
#
# The host runs with --RequestsPerMinute 0: its per-caller limit (600 a minute per token, and per
# address for anonymous callers, all of which are 127.0.0.1 here) would otherwise answer most of
# the load with 429.
set -euo pipefail
cd "$(dirname "$0")/../.."

connections=${CONNECTIONS:-64}
duration=${DURATION:-30}
warmup=${WARMUP:-5}
stores=${STORES:-"sqlite postgresql"}
scenarios=${SCENARIOS:-"anonymous-routines personal-routines outcomes"}
quiet_wait=${QUIET_WAIT:-600}
retries=${RETRIES:-2}
disturbed=${DISTURBED:-0.15}
generator=${GENERATOR:-dotnet}

work=$(mktemp -d /tmp/advisor-load.XXXXXX)
chmod 755 "$work"
host_pid=""
pg_data=""
pg_bin=""

stop_host() {
    if [[ -n "$host_pid" ]] && kill -0 "$host_pid" 2>/dev/null; then
        kill -TERM "$host_pid"
        wait "$host_pid" 2>/dev/null || true
    fi
    host_pid=""
}

stop_postgres() {
    if [[ -n "$pg_data" && -f "$pg_data/postmaster.pid" ]]; then
        runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null || true
    fi
    pg_data=""
}

cleanup() {
    local status=$?
    if (( status != 0 )) && [[ -s "$work/host.log" ]]; then
        echo "-- the host's output:" >&2
        tail -n 40 "$work/host.log" >&2
    fi
    stop_host
    stop_postgres
    rm -rf "$work"
}
trap cleanup EXIT

# A port nothing listens on now (the first of a few tries that is free).
free_port() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 20000))
        if ! ss -Htln "sport = :$port" | grep -q .; then echo "$port"; return; fi
    done
    echo "no free port found" >&2
    exit 1
}

# Every core is needed: the host, the database and the generator share the machine's cores, and
# other work (a test run, a build) would take cores from all three. Waits until the machine has
# been nearly idle for 3 seconds, or QUIET_WAIT seconds have passed (then says so and goes on).
wait_until_quiet() {
    local waited=0 before after busy
    while true; do
        before=$(awk '/^cpu /{ print $2+$3+$4+$7+$8+$9 }' /proc/stat)
        sleep 3
        after=$(awk '/^cpu /{ print $2+$3+$4+$7+$8+$9 }' /proc/stat)
        busy=$(( (after - before) / 3 ))   # hundredths of a core
        if (( busy < 25 )); then return; fi
        if (( waited >= quiet_wait )); then
            echo "!! the machine is still busy (${busy}/100 of a core in use by other work); measuring anyway" >&2
            return
        fi
        (( waited == 0 )) && echo "waiting for the machine to be quiet (${busy}/100 of a core in use by other work)…"
        waited=$((waited + 3))
    done
}

start_host() {
    local db=$1 port
    port=$(free_port)
    url="http://127.0.0.1:$port"
    # shellcheck disable=SC2086 # HOST_ENV is a list of NAME=value words.
    env ${HOST_ENV:-} dotnet Advisor.Host/bin/Release/net10.0/advisor.dll --db "$db" --urls "$url" --RequestsPerMinute 0 >"$work/host.log" 2>&1 &
    host_pid=$!
    for _ in $(seq 120); do
        if curl -sf "$url/healthz" >/dev/null; then return; fi
        if ! kill -0 "$host_pid" 2>/dev/null; then cat "$work/host.log" >&2; exit 1; fi
        sleep 0.5
    done
    echo "the host did not answer on $url" >&2
    cat "$work/host.log" >&2
    exit 1
}

start_postgres() {
    pg_bin=$(pg_config --bindir 2>/dev/null || true)
    [[ -x "$pg_bin/initdb" ]] || pg_bin=/usr/lib/postgresql/15/bin
    local port
    port=$(free_port)
    pg_data="$work/pg"
    mkdir -p "$pg_data" "$work/pg-run"
    chown postgres: "$pg_data" "$work/pg-run"
    runuser -u postgres -- "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres -E UTF8 >"$work/initdb.log"
    # fsync and synchronous_commit stay on (the defaults): a committed outcome is on disk, as in production.
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/pg-run/postgres.log" -w \
        -o "-p $port -k $work/pg-run -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c max_connections=200" start >/dev/null
    runuser -u postgres -- "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres advisor
    pg_connection="Host=127.0.0.1;Port=$port;Database=advisor;Username=postgres"
}

# wrk for each scenario and for GET /api/exercises (the host's cost without the engine), each
# after a warm-up of its own; the people and routines the scenarios need are made first.
run_wrk() {
    local store=$1 target script
    Advisor.Benchmarks/Load/wrk/setup.sh "$url" "$work"
    for scenario in $scenarios exercises; do
        target=$url script=()
        if [[ $scenario == exercises ]]; then target="$url/api/exercises"; else script=(-s "Advisor.Benchmarks/Load/wrk/$scenario.lua"); fi
        wait_until_quiet
        export EXAMPLES=data/examples PEOPLE="$work/people" ROUTINES="$work/routines"
        wrk -t2 -c"$connections" -d"${warmup}s" "${script[@]}" "$target" >/dev/null
        echo "-- $store, $scenario: wrk -t2 -c$connections -d${duration}s --latency ${script[*]} $target"
        wrk -t2 -c"$connections" -d"${duration}s" --latency "${script[@]}" "$target"
    done
}

echo "== building the host and the load generator (Release)"
dotnet build Advisor.Host -c Release -v quiet -nologo >/dev/null
dotnet build Advisor.Benchmarks -c Release -v quiet -nologo >/dev/null

echo "== machine"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "nproc: $(nproc)"
lscpu | head -n 16
free -h | head -n 2
echo "dotnet: $(dotnet --version)"

summary="$work/summary.tsv"
: >"$summary"
for store in $stores; do
    case $store in
        sqlite) db="$work/advisor.db"; store_user="" ;;
        postgresql) start_postgres; db=$pg_connection; store_user="postgres" ;;
        *) echo "unknown store '$store' (sqlite or postgresql)" >&2; exit 2 ;;
    esac
    start_host "$db"
    echo "== $store: host pid $host_pid on $url"
    if [[ $generator == wrk ]]; then
        run_wrk "$store"
        stop_host
        [[ $store == postgresql ]] && stop_postgres
        continue
    fi
    for scenario in $scenarios; do
        args=(load --scenario "$scenario" --connections "$connections" --duration "$duration" --warmup "$warmup" --url "$url" --host-pid "$host_pid")
        [[ -n "$store_user" ]] && args+=(--store-user "$store_user")
        for attempt in $(seq 0 "$retries"); do
            wait_until_quiet
            echo "-- $scenario: $connections connections, ${warmup} s warm-up, ${duration} s measured"
            dotnet Advisor.Benchmarks/bin/Release/net10.0/Advisor.Benchmarks.dll "${args[@]}" | tee "$work/run.txt" || true
            if ! kill -0 "$host_pid" 2>/dev/null; then
                echo "!! the host (pid $host_pid) is gone: it stopped or was stopped during $scenario" >&2
                exit 1
            fi
            # Field 14 of the summary line: cores that went to anything but the host, database and generator.
            other=$(awk -F'\t' '/^SUMMARY/{ print $14 }' "$work/run.txt")
            if awk -v o="$other" -v d="$disturbed" 'BEGIN { exit !(o <= d) }' || (( attempt == retries )); then break; fi
            echo "!! other work took $other cores during this run; running it again"
        done
        grep '^SUMMARY' "$work/run.txt" | sed "s/^SUMMARY/$store/" >>"$summary"
    done
    peak=$(awk '/^VmHWM:/{ printf "%.0f", $2 / 1024 }' "/proc/$host_pid/status")
    echo "== $store: the host's peak memory over all scenarios (VmHWM): $peak MiB"
    stop_host
    [[ $store == postgresql ]] && stop_postgres
done

[[ $generator == wrk ]] && exit 0
echo
echo "== figures ($connections connections, $duration s each; latencies in ms; memory in MiB; CPU in cores)"
echo "| store | scenario | requests/s | p50 | p90 | p99 | p99.9 | max | errors | host peak (VmHWM) | host RSS peak in run | host CPU | database CPU | generator CPU | other CPU | machine CPU |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1,$2,$3,$4,$5,$6,$16,$7,$8,$9,$10,$11,$12,$13,$14,$15 }' "$summary"
