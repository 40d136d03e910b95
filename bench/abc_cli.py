# SPDX-License-Identifier: GPL-3.0-or-later
"""Tunes of the shared corpora through `./riffwire generate`, one process each, against abc2midi: the melody
track's notes (onset and pitch) must be the notes abc2midi sounds. abc2midi gets the tune without R: lines and
decorations (it swings hornpipes and plays rolls and trills as runs of notes) and with -NGRA -NGUI -NFER, as in
AbcDifferentialTest. Prints each tune that differs and the match count."""
import os
import random
import re
import subprocess
import sys
import tempfile

import midi

DECORATIONS = "~HLMOPSTuv"


def without_decorations(line):
    if re.match(r"^[A-Za-z]:", line) or line.startswith("%"):
        return line
    out, i = [], 0
    while i < len(line):
        c = line[i]
        if c == '"' or (c == "[" and i + 2 < len(line) and line[i + 1].isalpha() and line[i + 2] == ":"):
            j = line.find('"' if c == '"' else "]", i + 1)
            j = len(line) - 1 if j < 0 else j
            out.append(line[i:j + 1])
            i = j + 1
        elif c == "!" and line.find("!", i + 1) > i:
            i = line.find("!", i + 1) + 1
        elif c in DECORATIONS:
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def notes(path, channel=None):
    m = midi.read(path)
    found = set()
    for t in m.tracks:
        if t["channel"] == 9 or (channel is not None and t["channel"] != channel):
            continue
        # A 64th-note grid: abc2midi starts notes a tick late and staggers chords by a few ticks.
        found.update((round(n[1] / m.ppq * 16) / 16, n[0]) for n in t["notes"])
    return sorted(found)


def main(root, book, count, seed):
    with open(book, encoding="utf-8") as f:
        tunes = [t for t in re.split(r"(?m)(?=^X:)", f.read()) if t.startswith("X:")]
    random.seed(seed)
    chosen = random.sample(tunes, min(count, len(tunes)))
    work = tempfile.mkdtemp(prefix="abc-cli-")
    matched = 0
    for tune in chosen:
        x = tune.splitlines()[0]
        ref = os.path.join(work, "ref.abc")
        with open(ref, "w", encoding="utf-8") as f:
            f.write("\n".join(without_decorations(l) for l in tune.splitlines() if not l.startswith("R:")) + "\n")
        subprocess.run(["abc2midi", ref, "-NGRA", "-NGUI", "-NFER", "-o", os.path.join(work, "ref.mid")],
                       capture_output=True)
        out = os.path.join(work, "ours.mid")
        r = subprocess.run([os.path.join(root, "riffwire"), "generate", "-o", out, tune], capture_output=True,
                           text=True)
        if r.returncode != 0:
            print(f"{x}: exit {r.returncode}: {r.stderr.strip()[:160]}")
            continue
        theirs, ours = notes(os.path.join(work, "ref.mid")), notes(out, channel=0)
        if theirs == ours:
            matched += 1
        else:
            missing = sorted(set(theirs) - set(ours))[:3]
            extra = sorted(set(ours) - set(theirs))[:3]
            print(f"{x}: abc2midi {len(theirs)} notes, riffwire {len(ours)}; only abc2midi {missing}, only riffwire {extra}")
    print(f"{os.path.basename(os.path.dirname(book))}/{os.path.basename(book)}: {matched} of {len(chosen)} tunes "
          f"note for note")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
