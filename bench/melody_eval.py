# SPDX-License-Identifier: GPL-3.0-or-later
"""The work of bench/melody-eval.sh: Riffwire's melodies, by the rules and by the model, against Nottingham's
held-out tunes with MGEval, beside CRE's training tunes as the other real corpus."""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts"))
import melody_corpus as mc  # noqa: E402
import mgeval  # noqa: E402
import midi  # noqa: E402

BARS = 16
FORMS = [("jig", "6/8"), ("reel", "4/4"), ("hornpipe", "4/4"), ("polka", "2/4"), ("waltz", "3/4")]
KEYS = ["D major", "G major", "A minor", "E minor"]


def from_tune(tune):
    """A corpus tune's first 16 bars as (pitch, onset, duration) in quarter notes."""
    out, at = [], 0
    for bar in tune.bars[:BARS]:
        for p, d in bar:
            if p is not None:
                out.append((p, at / mc.TICKS_PER_QUARTER, d / mc.TICKS_PER_QUARTER))
            at += d
    return out


def from_midi(path):
    m = midi.read(path)
    track = next(t for t in m.tracks if t["name"].startswith("Melody"))
    bar = m.meter[0] * 4 / m.meter[1] * m.ppq
    return [(p, s / m.ppq, (e - s) / m.ppq) for p, s, e, _ in track["notes"] if s < BARS * bar]


def generate(root, work, seeds):
    env = dict(os.environ, RIFFWIRE_HOME=os.path.join(work, "home"))
    script, files = [], {"rules": [], "model": []}
    for source in files:
        for form, meter in FORMS:
            for key in KEYS:
                for seed in seeds:
                    out = os.path.join(work, f"{source}-{form}-{key.replace(' ', '')}-{seed}.mid")
                    files[source].append(out)
                    script.append(f'riff:generate --seed {seed} --set melody={source} -o {out} '
                                  f'"a {form} in {key} in {meter}, {BARS} bars, solo fiddle"')
    run = subprocess.run([os.path.join(root, "riffwire"), "shell"], input="\n".join(script) + "\n", text=True,
                         capture_output=True, env=env, cwd=root)
    missing = [f for fs in files.values() for f in fs if not os.path.exists(f)]
    if missing:
        print(run.stdout[-3000:], run.stderr[-3000:])
        raise SystemExit(f"{len(missing)} pieces were not written")
    return {s: [from_midi(f) for f in fs] for s, fs in files.items()}


def main():
    root = sys.argv[1]
    data = sys.argv[2]
    seeds = range(1, 1 + int(sys.argv[3]))
    heldout = [from_tune(t) for t in mc.read_tunes(os.path.join(data, "nottingham", "heldout_melody.abc"))]
    cre = [from_tune(t) for t in mc.read_tunes(os.path.join(data, "cre", "train_melody.abc"))][:300]
    generated = generate(root, tempfile.mkdtemp(), seeds)
    columns = {"rules": generated["rules"], "model": generated["model"], "CRE train (real)": cre}
    results = {name: mgeval.compare(heldout, melodies) for name, melodies in columns.items()}
    print(f"MGEval overlap area against Nottingham held-out ({len(heldout)} tunes, first {BARS} bars); "
          f"{len(generated['model'])} generated tunes per source; KL in brackets\n")
    print(f"{'feature':<30}" + "".join(f"{n:>22}" for n in columns))
    for feature in mgeval.FEATURES:
        row = f"{feature + (' *' if feature in mgeval.RHYTHM else ''):<30}"
        for n in columns:
            area, kl = results[n][feature]
            row += f"{area:>13.3f} ({kl:5.2f})"
        print(row)
    row = f"{'mean':<30}"
    for n in columns:
        row += f"{sum(a for a, _ in results[n].values()) / len(mgeval.FEATURES):>21.3f} "
    print(row)
    print("\n* rhythm features")


if __name__ == "__main__":
    main()
