#!/usr/bin/env bash
# Records what gc (the oracle, Go 1.27.3 via scripts/go) does with each test program, into a
# NAME.expected file next to NAME.go:
#
#   examples/NAME.go       go build, run the binary: its exit status, stdout and stderr; and
#   examples/NAME/         (a module: go.mod and packages) the same for `go build .` in it,
#                          into examples/NAME.expected, NAME.escape, …
#   tests/library/NAME.go  as an example: a table-driven test of a standard package
#                          NAME.arm64.expected for gc's arm64 build under qemu-aarch64 when
#                          that differs (float multiply-adds are fused there)
#   tests/errors/NAME.go   go build, which must fail: its exit status and diagnostics
#   tests/errors/unsupported_*.go are NOT recorded: their expected output is gocrane's own
#                          "gocrane does not support X" diagnostic, written by hand.
#
# and gc's escape-analysis remarks into a NAME.escape file:
#
#   examples/NAME.go       also NAME.escape (next to NAME.expected)
#   tests/escape/NAME.go   only NAME.escape (programs about escape analysis, never run)
#
# A .escape file is what `go build -gcflags='-m -l'` prints on stderr (-l: no inlining, so the
# remarks are per function), normalised like diagnostics (see below): `NAME.go:L:C: msg` lines
# in gc's order, possibly none. tests/escape.rs compares them with `gocrane build -m`.
#
# Usage: scripts/record.sh [FILE.go ...]     (default: every example, error and escape program)
#
# The .expected format, shared with tests/common/mod.rs (keep the two in step; tests/oracle.rs
# checks that they agree):
#
#   -- exit --
#   2
#   -- stdout --
#   <stdout bytes>
#   -- stderr --
#   <stderr bytes, normalised>
#
# A section whose content does not end with a newline gets one added, and its header says so:
# `-- stderr (no final newline) --`. Normalisation keeps only what must match exactly:
#   * run stderr: cut after the line `goroutine 1 [running]:` (the stack frames that follow
#     name paths and offsets), and `pc=0x<hex>` becomes `pc=0x?`; a panic value the runtime
#     can only print by address, `panic: (main.S) 0x<hex>` (a struct, a pointer, ...), becomes
#     `panic: (main.S) 0x?` (only at the start of a line in exactly that form);
#   * gc diagnostics: the `# command-line-arguments` (or `# MODULE/PKG`) line is dropped, the
#     `./` before file names removed (at the start of a line and in positions inside a
#     message, `… at ./NAME.go:5:4`), so they read `NAME.go:L:C: msg` as gocrane prints them,
#     and the oracle's install directory in `(…/src/foo/bar)` is spelled `$GOROOT`.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
go="$root/scripts/go"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Programs run with a clean runtime environment: these variables change gc's output.
unset GOGC GODEBUG GOTRACEBACK GOMAXPROCS GOMEMLIMIT

# section NAME FILE: one section of the .expected format.
section() {
    local name=$1 file=$2
    if [ -s "$file" ] && [ -n "$(tail -c1 "$file")" ]; then
        echo "-- $name (no final newline) --"
        cat "$file"
        echo
    else
        echo "-- $name --"
        cat "$file"
    fi
}

# render EXIT STDOUT_FILE STDERR_FILE
render() {
    echo "-- exit --"
    echo "$1"
    section stdout "$2"
    section stderr "$3"
}

normalise_run_stderr() {
    # Print lines up to and including the goroutine header, then stop; sed keeps a missing
    # final newline as it is.
    sed -e 's/pc=0x[0-9a-f]*/pc=0x?/g' \
        -e 's/^\(panic: (.*) 0x\)[0-9a-f][0-9a-f]*/\1?/' \
        -e '/^goroutine 1 \[running\]:$/q' "$1"
}

normalise_diagnostics() {
    sed -e '/^# [^ ]*$/d' -e 's|^\(\t*\)\./|\1|' \
        -e 's| (/[^ ]*/site-packages/go/src/| ($GOROOT/src/|' \
        -e 's| \./\([^ /]*\.go:\)| \1|g' "$1"
}

# locate SRC: sets dir (where to build), arg (what to build), name and out (where recordings
# go): examples/NAME.go builds NAME.go in examples/; a module directory examples/NAME/ builds
# `.` in it, recorded as examples/NAME.*.
locate() {
    local src=${1%/}
    if [ -d "$src" ]; then
        dir=$src arg=. name=$(basename "$src") out=$(dirname "$src")
    else
        dir=$(dirname "$src") name=$(basename "$src" .go) out=$(dirname "$src")
        arg=$name.go
    fi
}

record_example() {
    local src=$1 dir name arg out
    locate "$src"
    if ! (cd "$dir" && "$go" build -o "$tmp/$name" "$arg"); then
        echo "record: gc cannot build $src" >&2
        return 1
    fi
    local status=0
    "$tmp/$name" <"/dev/null" >"$tmp/out" 2>"$tmp/err.raw" || status=$?
    normalise_run_stderr "$tmp/err.raw" >"$tmp/err"
    render "$status" "$tmp/out" "$tmp/err" >"$out/$name.expected"
    echo "recorded $out/$name.expected (exit $status)"
    record_arm64 "$src"
    record_escape "$src"
}

# record_arm64 FILE.go: what gc's arm64 build does under qemu-aarch64, into NAME.arm64.expected
# when it differs from NAME.expected (gc fuses float multiply-adds on arm64), else no such file.
record_arm64() {
    local src=$1 dir name arg out
    locate "$src"
    if ! (cd "$dir" && GOARCH=arm64 "$go" build -o "$tmp/$name.arm64" "$arg"); then
        echo "record: gc cannot build $src for arm64" >&2
        return 1
    fi
    local status=0
    qemu-aarch64 "$tmp/$name.arm64" <"/dev/null" >"$tmp/out" 2>"$tmp/err.raw" || status=$?
    normalise_run_stderr "$tmp/err.raw" >"$tmp/err"
    render "$status" "$tmp/out" "$tmp/err" >"$tmp/arm64.expected"
    if cmp -s "$tmp/arm64.expected" "$out/$name.expected"; then
        rm -f "$out/$name.arm64.expected"
    else
        mv "$tmp/arm64.expected" "$out/$name.arm64.expected"
        echo "recorded $out/$name.arm64.expected (exit $status)"
    fi
}

# record_escape FILE.go: gc's -m -l remarks into NAME.escape.
record_escape() {
    local src=$1 dir name arg out
    locate "$src"
    if ! (cd "$dir" && "$go" build -gcflags='-m -l' -o /dev/null "$arg") 2>"$tmp/m.raw"; then
        echo "record: gc cannot build $src with -gcflags='-m -l':" >&2
        cat "$tmp/m.raw" >&2
        return 1
    fi
    # go build replays a cached compile's remarks with the paths of the build that ran it
    # (`examples/NAME.go` after a build from the repository root): keep the file name only.
    normalise_diagnostics "$tmp/m.raw" | sed -e "s|^[^ :]*/\($name\.go:\)|\1|" >"$out/$name.escape"
    echo "recorded $out/$name.escape ($(wc -l <"$out/$name.escape") remarks)"
}

record_error() {
    local src=$1 dir name
    dir=$(dirname "$src")
    name=$(basename "$src" .go)
    local status=0
    (cd "$dir" && "$go" build -o "$tmp/$name" "$name.go") >"$tmp/out" 2>"$tmp/err.raw" || status=$?
    if [ "$status" = 0 ]; then
        echo "record: gc accepted $src, which should be an invalid program" >&2
        return 1
    fi
    normalise_diagnostics "$tmp/err.raw" >"$tmp/err"
    render "$status" "$tmp/out" "$tmp/err" >"$dir/$name.expected"
    echo "recorded $dir/$name.expected (exit $status)"
}

cd "$root"
if [ $# = 0 ]; then
    set -- examples/*.go examples/*/ tests/library/*.go tests/errors/*.go tests/escape/*.go
fi
for src in "$@"; do
    case "$src" in
    */unsupported_*.go) ;; # hand-written expectations
    tests/errors/*.go | "$root"/tests/errors/*.go) record_error "$src" ;;
    tests/escape/*.go | "$root"/tests/escape/*.go) record_escape "$src" ;;
    *.go) record_example "$src" ;;
    *) if [ -f "$src/go.mod" ]; then record_example "$src"; else
        echo "record: not a .go file or a module directory: $src" >&2; exit 1; fi ;;
    esac
done
