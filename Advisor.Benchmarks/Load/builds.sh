# Sourced by the side-by-side scripts: builds the host of one commit (or of the working tree) into
# its own folder under $scratch and prints the folder; remove_builds takes the worktrees away again.
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

remove_builds() {
    for tree in "$scratch"/tree-*; do [[ -d "$tree" ]] && git -C "$root" worktree remove --force "$tree" 2>/dev/null || true; done
    rm -rf "$scratch"
}
