#!/usr/bin/env bash
# Writes src/std_packages.txt: the import paths of gc 1.27.3's standard library (`go list std`),
# which gocrane's loader uses to tell a standard package it does not have (rejected by name)
# from an import that is not in std at all (the go command's `is not in std` error).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
{
    echo "# The standard library of gc 1.27.3 (\`go list std\`), written by scripts/std-packages.sh."
    "$root/scripts/go" list std | grep -v '^vendor/'
} >"$root/src/std_packages.txt"
