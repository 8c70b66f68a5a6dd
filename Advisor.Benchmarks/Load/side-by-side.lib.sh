# Sourced by the side-by-side scripts: builds the host of one commit (or of the working tree) into
# its own folder under $scratch and prints the folder; remove_builds takes the worktrees away again;
# figures runs wrk and prints its rate, p50, p99 and errors with the host's peak memory.
# Needs root (the repository) and scratch set.
build() {
    local name=$1 rev=$2 source=$root
    if [[ -n "$rev" ]]; then
        source="$scratch/tree-$name"
        git -C "$root" worktree add -q --detach "$source" "$rev"
    fi
    dotnet build "$source/Advisor.Host" -c Release -v quiet -nologo -o "$scratch/$name" >/dev/null
    echo "$scratch/$name"
}

figures() { # host pid, wrk arguments...
    local pid=$1 out; shift
    out=$(wrk --latency "$@" 2>&1)
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
    p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    errors=$(awk '/Non-2xx|Socket errors/ { printf "%s ", $0 }' <<<"$out")
    echo "$rps req/s  p50 $p50  p99 $p99  host peak $(awk '/VmHWM/ { printf "%.0f MiB", $2 / 1024 }' "/proc/$pid/status")  ${errors:-no errors}"
}

remove_builds() {
    for tree in "$scratch"/tree-*; do [[ -d "$tree" ]] && git -C "$root" worktree remove --force "$tree" 2>/dev/null || true; done
    rm -rf "$scratch"
}
