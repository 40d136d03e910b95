#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Mutated pictures against the real runtime. COUNT mutants of six seed pictures (PNG, JPEG, GIF, BMP, TIFF, WebP)
# go through one shell session (riff:interpret --image, then riff:generate once at the end to show the runtime is
# still up), and SAMPLE of them through the command line, one process each, whose exit codes must be 0 or 2 with
# one line on stderr. Prints the counts.
#   bench/fuzz-images.sh [COUNT] [SAMPLE]     (default 3000 and 100)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exec python3 "$root/bench/fuzz_images.py" "$root" "${1:-3000}" "${2:-100}"
