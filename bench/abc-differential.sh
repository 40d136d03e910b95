#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Riffwire's ABC parser against abc2midi, note for note, over the shared folk corpora: the match rate per corpus
# and every class of difference with its count (the classes are explained in bundles/interpreter-notes/README.md).
#   bench/abc-differential.sh [DATA_DIR]      (default: ../shared/data beside the checkout)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="$(cd "${1:-$root/../shared/data}" && pwd)"
command -v abc2midi >/dev/null || { echo "abc2midi is not installed (Debian: apt-get install abcmidi)" >&2; exit 2; }
cd "$root"
# The test writes the table whether or not every class is explained; its verdict follows the table.
status=0
mkdir -p "$root/bundles/interpreter-notes/target"
mvn -q -B -pl bundles/interpreter-notes -am test -Dtest=AbcDifferentialTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Djacoco.skip=true -Dbnd.baseline.skip=true -Driffwire.data="$data" >"$root/bundles/interpreter-notes/target/abc-differential.log" 2>&1 \
  || status=$?
cat "$root/bundles/interpreter-notes/target/abc-differential.txt"
if ((status)); then
  echo "some differences are of classes the README does not explain (see above); full log: bundles/interpreter-notes/target/abc-differential.log" >&2
fi
exit "$status"
