#!/usr/bin/env bash
# Writes frontend/src/runtime_api.txt: the exported members of gc 1.27.3's package runtime, one
# name per line, from `go doc -short runtime` (the oracle, scripts/go). The checker uses it to
# tell a member gocrane's runtime lacks (`gocrane does not support runtime.GC`) from one that
# does not exist (`undefined: runtime.Nope`). Rerun when the oracle changes.
set -euo pipefail
cd "$(dirname "$0")/.."
{
    echo "# Exported members of gc 1.27.3's package runtime (scripts/runtime-api.sh writes this)."
    scripts/go doc -short runtime |
        sed -E 's/^ *//' |
        sed -E -n 's/^(func|type|var|const) ([A-Za-z0-9_]+).*/\2/p' |
        sort -u
} > frontend/src/runtime_api.txt
