# SPDX-License-Identifier: GPL-3.0-or-later
"""The work of bench/melody-speed.sh."""
import os
import re
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import midi  # noqa: E402

WARM_UP = 3


def tokens(path):
    m = midi.read(path)
    track = next(t for t in m.tracks if t["name"].startswith("Melody"))
    bar = m.meter[0] * 4 * m.ppq // m.meter[1]
    notes = track["notes"]
    rests = sum(1 for a, b in zip(notes, notes[1:]) if b[1] > a[2])
    bars = (max(e for _, _, e, _ in notes) + bar - 1) // bar
    return 2 * (len(notes) + rests) + bars + 4


def main():
    root, runs = sys.argv[1], int(sys.argv[2])
    work = tempfile.mkdtemp()
    env = dict(os.environ, RIFFWIRE_HOME=os.path.join(work, "home"))
    cases = [(source, bars) for bars in (16, 32) for source in ("model", "rules")]
    script = []
    for source, bars in cases:
        for n in range(runs):
            out = os.path.join(work, f"{source}-{bars}-{n}.mid")
            script.append(f'riff:generate --seed {n + 1} --set melody={source} -o {out} "a reel in G major, {bars} bars, solo fiddle"')
    run = subprocess.run([os.path.join(root, "riffwire"), "shell"], input="\n".join(script) + "\n", text=True,
                         capture_output=True, env=env, cwd=root)
    millis = [int(m) for m in re.findall(r"seed \d+, (\d+) ms", run.stdout)]
    if len(millis) != len(script):
        raise SystemExit(run.stdout[-2000:] + run.stderr[-2000:])
    print(f"{'melody':<8} {'bars':>5} {'median ms':>10} {'tokens':>7} {'tokens/s':>9}")
    for i, (source, bars) in enumerate(cases):
        times = millis[i * runs + WARM_UP:(i + 1) * runs]
        median = statistics.median(times)
        count = statistics.median(tokens(os.path.join(work, f"{source}-{bars}-{n}.mid")) for n in range(WARM_UP, runs))
        rate = f"{count / (median / 1000):9.0f}" if source == "model" and median > 0 else f"{'':>9}"
        print(f"{source:<8} {bars:>5} {median:>10.0f} {count:>7.0f} {rate}")
    print(f"\n{runs - WARM_UP} warm runs each (after {WARM_UP} to warm up); times are the whole generation as the runtime "
          "reports it (arrangement and MIDI), so tokens/s is a lower bound for the model alone.")


if __name__ == "__main__":
    main()
