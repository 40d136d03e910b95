#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Follows the plug-in tutorial (plugins-sdk/template/README.md) as a new plug-in author would: runs every ```sh
# block of it, in order, in one bash session, from a fresh clone of this checkout and an empty RIFFWIRE_HOME,
# and ends with the renamed plug-in replaced live in a running server and used through its HTTP API.
# Prints PASS and exits 0 when every step worked; the first failing command stops it.
#   scripts/sdk-tutorial.sh            (needs the runtime built: runtime/target/riffwire.jar; and curl)
# The clone keeps the tutorial's builds away from this checkout's target folders, which a running build may be
# reading; committed files only are cloned, and the runtime jar is copied in. Maven runs offline (-o): the test
# run has no network, and every plug-in and dependency the template needs is in the local repository by then.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
[[ -f "$root/runtime/target/riffwire.jar" ]] || { echo "sdk-tutorial: build the runtime first" >&2; exit 2; }
command -v curl >/dev/null || { echo "sdk-tutorial: needs curl" >&2; exit 2; }
work="$(mktemp -d)"
# A server the tutorial started is stopped even when a step fails before the tutorial's own kill.
trap 'pkill -f -- "-Driffwire.home=$work/home" 2>/dev/null || true; rm -rf "$work"' EXIT
git clone -q "$root" "$work/riffwire"
mkdir -p "$work/riffwire/runtime/target"
cp "$root/runtime/target/riffwire.jar" "$work/riffwire/runtime/target/"
mkdir -p "$work/author"

steps="$work/steps.sh"
{
  echo 'set -euo pipefail'
  echo 'mvn() { command mvn -o "$@"; }'
  awk '/^```sh$/ {inside = 1; next} /^```$/ {inside = 0; next} inside {print}' "$root/plugins-sdk/template/README.md"
} >"$steps"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
(
  cd "$work/author"
  RIFFWIRE="$work/riffwire" RIFFWIRE_HOME="$work/home" PORT="$port" bash -x "$steps"
) 2>&1 | sed 's/^/  /'
status=${PIPESTATUS[0]}
if ((status != 0)); then
  echo "sdk-tutorial: FAIL (a tutorial command failed, above)"
  exit 1
fi
midi="$work/author/my-generator/live.mid"
# The first piece is the renamed template's harp (program 46); the live one, version 1.0.1's piano (program 0).
python3 - "$work/author/my-generator/mine.mid" "$midi" "$root/bench" <<'PY' || { echo "sdk-tutorial: FAIL"; exit 1; }
import sys
sys.path.insert(0, sys.argv[3])
import midi
for path, program in ((sys.argv[1], 46), (sys.argv[2], 0)):
    tracks = [t for t in midi.read(path).tracks if t["notes"]]
    programs = {t.get("program") for t in tracks}
    if not tracks or programs != {program}:
        sys.exit(f"{path}: programs {programs}, expected {program}")
PY
echo "sdk-tutorial: PASS (built, renamed, deployed, used, replaced live and used through the HTTP API)"
