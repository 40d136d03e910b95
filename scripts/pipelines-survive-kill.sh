#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Pipelines survive a hard kill: a long-running runtime (./riffwire shell, fed through a pipe) creates 20
# pipelines, is killed with SIGKILL, and a fresh runtime must find all 20 intact.
#   scripts/pipelines-survive-kill.sh     (uses a temporary RIFFWIRE_HOME; prints PASS or FAIL, exit 0 or 1)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export RIFFWIRE_HOME="$(mktemp -d)"
trap 'rm -rf "$RIFFWIRE_HOME"' EXIT
fifo="$RIFFWIRE_HOME/commands"
mkfifo "$fifo"
"$root/riffwire" shell <"$fifo" >"$RIFFWIRE_HOME/shell.log" 2>&1 &
shell_pid=$!
exec 3>"$fifo"
for i in $(seq -w 1 20); do
  echo "riff:pipeline create p$i --interpreters keyword,notes --generator symbolic --set tempo=$((60 + 10#$i * 5))" >&3
done
# Wait until the runtime has written all 20, then kill it without warning.
for _ in $(seq 1 300); do
  [[ $(ls "$RIFFWIRE_HOME/config/org/riffwire" 2>/dev/null | grep -c '^pipeline%007ep') -ge 20 ]] && break
  sleep 0.1
done
java_pid=$(pgrep -P "$shell_pid" java || echo "$shell_pid")
kill -9 "$java_pid" "$shell_pid" 2>/dev/null || true
exec 3>&-
wait "$shell_pid" 2>/dev/null || true

listing=$("$root/riffwire" pipelines)
found=$(grep -cE '^p[0-9]{2} +keyword,notes +symbolic +ready' <<<"$listing" || true)
tempos_ok=1
for i in 01 10 20; do
  "$root/riffwire" pipeline show "p$i" | grep -q "tempo=$((60 + 10#$i * 5))" || tempos_ok=0
done
if [[ "$found" -eq 20 && "$tempos_ok" -eq 1 ]]; then
  echo "PASS: all 20 pipelines intact after kill -9"
else
  echo "FAIL: found $found of 20 pipelines (settings intact: $tempos_ok)"
  echo "$listing"
  exit 1
fi
