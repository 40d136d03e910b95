#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# COUNT tunes of each shared corpus (chosen by SEED) through `./riffwire generate`, one process each, with the
# melody compared note for note to what abc2midi plays (see bench/abc_cli.py). The differences that remain are
# the classes bundles/interpreter-notes/README.md explains.
#   bench/abc-cli.sh [COUNT] [SEED] [DATA_DIR]      (default 40, 1, ../shared/data)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="$(cd "${3:-$root/../shared/data}" && pwd)"
command -v abc2midi >/dev/null || { echo "abc2midi is not installed (Debian: apt-get install abcmidi)" >&2; exit 2; }
export RIFFWIRE_HOME="$(mktemp -d)"
trap 'rm -rf "$RIFFWIRE_HOME"' EXIT
cd "$root/bench"
for book in "$data/nottingham/all.abc" "$data/cre/train.abc"; do
  python3 abc_cli.py "$root" "$book" "${1:-40}" "${2:-1}"
done
