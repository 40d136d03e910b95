#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Batch throughput: the same list of 30-second prompts (MIDI + WAV each) made by the local engine with 1 and 2
# workers and by the Spark engine in local mode (local[2]), each into a fresh folder; prints items per second,
# seconds of music per wall second, the fixed start cost of each engine, and the per-item cost split taken from
# the manifests (medians): generate (interpret and compose), render (render and write the files), hash (sha256
# and the manifest entry). The folders are compared: every engine must make the same bytes.
#   bench/batch.sh [ITEMS]      (default 16)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
items="${1:-16}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export RIFFWIRE_HOME="$work/home"
styles=("an upbeat pop song in C major with drums, piano and bass" "a gentle folk song in D for fiddle and guitar"
  "a swing jazz tune in F with saxophone, piano, bass and drums" "a string quartet in G major"
  "a slow ambient piece in E minor with pads" "a reggae groove in A with bass, organ and drums")
{
  printf 'prompt\tformats\n'
  for ((i = 0; i < items; i++)); do printf '%s, take %d, 30 seconds\tmid,wav\n' "${styles[$((i % ${#styles[@]}))]}" "$i"; done
} >"$work/list.tsv"
printf 'prompt\n' >"$work/empty.tsv"
now() { date +%s%N; }
# Warm-up: builds the class-data archive and unpacks what a first run unpacks, so no engine pays it.
"$root/riffwire" generate -o "$work/warm.mid" "a song" >/dev/null 2>&1

run() { # name, then the batch arguments
  local name="$1"; shift
  local s e
  s=$(now); "$root/riffwire" batch "$work/list.tsv" --out "$work/$name" "$@" >"$work/$name.log" 2>&1 || true; e=$(now)
  echo $(( (e - s) / 1000000 )) >"$work/$name.ms"
  s=$(now); "$root/riffwire" batch "$work/empty.tsv" --out "$work/$name-empty" "$@" >/dev/null 2>&1 || true; e=$(now)
  echo $(( (e - s) / 1000000 )) >"$work/$name.start"
}
run local-1 --workers 1
run local-2 --workers 2
run spark --engine spark --master 'local[2]'

python3 - "$work" "$items" <<'PY'
import json, re, statistics, sys, pathlib
work, items = pathlib.Path(sys.argv[1]), int(sys.argv[2])
print(f"{items} items, each 30 s of music as MIDI and WAV; wall times include the engine's start")
print(f"{'engine':<22}{'wall s':>8}{'items/s':>9}{'music s/s':>10}{'start s':>9}{'generate':>10}{'render':>8}{'hash':>6}  (median ms per item)")
ref = None
for name, label in (("local-1", "local, 1 worker"), ("local-2", "local, 2 workers"), ("spark", "spark local[2]")):
    d = work / name
    entries = [json.loads(l) for l in open(d / "manifest.jsonl")]
    done = [e for e in entries if e["status"] == "done"]
    wall = int(open(work / f"{name}.ms").read()) / 1000
    start = int(open(work / f"{name}.start").read()) / 1000
    music = sum(e.get("audio_seconds", 0) for e in done)
    med = lambda k: statistics.median(e["millis"][k] for e in done)
    log = open(work / f"{name}.log").read()
    m = re.search(r"runtime start on the executors: (\d+) ms", log)
    extra = f"  (executor runtime start {int(m.group(1))} ms)" if m else ""
    print(f"{label:<22}{wall:>8.1f}{len(done) / wall:>9.2f}{music / wall:>10.1f}{start:>9.1f}{med('generate'):>10.0f}{med('render'):>8.0f}{med('hash'):>6.0f}{extra}")
    sums = {e["item"]: [(f["file"], f["sha256"]) for f in e["files"]] for e in done}
    if ref is None:
        ref = sums
    elif sums != ref:
        print(f"  {label}: different files from the first engine!")
        sys.exit(1)
print("every engine made the same files, byte for byte")
PY
