#!/usr/bin/env bash
# Writes frontend/src/std_api.txt: the exported package-level names of gc 1.27.3's standard
# library ("importpath Name" per line), computed by scripts/stdapi (go/build and go/parser over
# the oracle's sources, linux/amd64) for the packages of src/std_packages.txt. The checker
# uses it to tell a name gocrane's library does not have yet (`gocrane does not support
# errors.As`) from one gc's does not have either (`undefined: errors.Nope`). Rerun when the
# oracle changes.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root/scripts/stdapi"
{
    echo "# Exported names of gc 1.27.3's standard library (scripts/std-api.sh writes this)."
    grep -v '^#' "$root/src/std_packages.txt" | grep -v '^internal/\|/internal/\|^internal$' |
        "$root/scripts/go" run main.go
} >"$root/frontend/src/std_api.txt"
