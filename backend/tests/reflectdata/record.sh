#!/bin/sh
# Re-records the gc golden files next to each Go program: the runtime type data
# (`type:…`, `go:itab.…`, `runtime.gcbits.…`, `…·f` closures) that gc 1.27.3's
# `go tool compile -S` prints for it. `runtime.golden` holds what package runtime
# emits for the predeclared types (gc writes those only there).
set -e
cd "$(dirname "$0")"
GO=${GO:-/tmp/gov/bin/go}
export HOME=${HOME_FOR_GO:-/tmp/gohome} GOCACHE=${GOCACHE:-/tmp/gocache}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

extract() {
	# Keep a data symbol's block (header + tab-indented lines) when its name is one of ours.
	awk '
		/^[^\t]/ {
			keep = 0
			if ($0 !~ / STEXT /) {
				name = $0; sub(/ S[A-Z]+ .*/, "", name)
				if (name ~ /^type:/ || name ~ /^go:itab\./ || name ~ /^runtime\.gcbits\./ || name ~ /·f$/)
					keep = 1
				# Funcdata of the generated equality and hash functions belongs to their code.
				if (name ~ /^type:\.(eq|hash)\./)
					keep = 0
			}
		}
		keep { print }
	'
}

for f in *.go; do
	"$GO" tool compile -S -p main -o "$tmp/x.o" "$f" >"$tmp/out.s"
	extract <"$tmp/out.s" >"${f%.go}.golden"
done

mkdir -p "$tmp/rt"
printf 'package runtime\n' >"$tmp/rt/x.go"
"$GO" tool compile -S -p runtime -std -+ -o "$tmp/rt.o" "$tmp/rt/x.go" >"$tmp/rt.s"
extract <"$tmp/rt.s" >runtime.golden
