#!/usr/bin/env bash
# Writes frontend/src/runtime_linknames.txt: the symbols of gc 1.27.3's package runtime that
# its source marks for use by //go:linkname from other packages (`//go:linkname name` with no
# target, or `//go:linkname local runtime.name`: a "push"), one per line, except those the linker's blockedLinknames keeps for
# other packages. gc's linker lets a program pull these and refuses the rest
# (`link: main: invalid reference to runtime.zerobase`); the checker uses the list to say the
# same. Rerun when the oracle changes.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
src=$(ls -d "$root"/.oracle/venv/lib/python3*/site-packages/go/src | head -1)
{
    echo "# Symbols gc 1.27.3's runtime pushes with //go:linkname (scripts/runtime-linknames.sh)."
    # Minus the linker's blockedLinknames (pullable only by the packages it names).
    blocked=$(sed -n '/^var blockedLinknames = map/,/^}/p' "$src"/cmd/link/internal/loader/loader.go |
        sed -n 's/^[[:space:]]*"\(runtime\.[A-Za-z0-9_]*\)":.*/\1/p' | sort -u)
    # `//go:linkname name` (pushes runtime.name) and `//go:linkname local runtime.name` (a
    # definition under that name), in the runtime's own (non-test) files.
    files=$(ls "$src"/runtime/*.go | grep -v '_test\.go$')
    {
        grep -h '^//go:linkname [A-Za-z0-9_]*$' $files | awk '{print "runtime." $2}'
        grep -h '^//go:linkname [A-Za-z0-9_]* runtime\.[A-Za-z0-9_]*$' $files | awk '{print $3}'
    } | sort -u | comm -23 - <(echo "$blocked")
} >"$root/frontend/src/runtime_linknames.txt"
