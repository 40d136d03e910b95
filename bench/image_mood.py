# SPDX-License-Identifier: GPL-3.0-or-later
"""The work of bench/image-mood.sh: copies, one shell session for all generations, MIDI read back here."""
import glob
import os
import subprocess
import sys
import tempfile
import wave

from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import midi  # noqa: E402

SKIMAGE = "/usr/lib/python3/dist-packages/skimage/data"
PHOTOS = ["astronaut.png", "brick.png", "camera.png", "cell.png", "chelsea.png", "clock_motion.png", "coffee.png",
          "coins.png", "grass.png", "gravel.png", "hubble_deep_field.jpg", "ihc.png", "moon.png",
          "motorcycle_left.png", "motorcycle_right.png", "page.png", "retina.jpg", "rocket.jpg", "text.png"]
# Debian's own wallpapers (desktop-base, GPL-2.0-or-later), where installed.
WALLPAPERS = "/usr/share/desktop-base/*-theme/grub/grub-*.png"
DARKEN = 0.5
DESATURATE = 0.6


def darker_greyer(src, dst):
    image = Image.open(src).convert("RGB")
    px = image.load()
    for y in range(image.height):
        for x in range(image.width):
            r, g, b = (c * DARKEN for c in px[x, y])
            grey = 0.299 * r + 0.587 * g + 0.114 * b
            px[x, y] = tuple(int(round(c + DESATURATE * (grey - c))) for c in (r, g, b))
    image.save(dst)


def label(path):
    """The photo's file name, with its theme for Debian's wallpapers (they share file names)."""
    parts = path.split(os.sep)
    return f"{parts[-3]}/{parts[-1]}" if "desktop-base" in parts else parts[-1]


def rms_db(path):
    """The RMS level of a 16-bit WAV in dBFS, read with the standard library's wave module."""
    with wave.open(path) as w:
        data = w.readframes(w.getnframes())
    samples = memoryview(data).cast("h")
    total = sum(x * x for x in samples)
    return 10 * __import__("math").log10(total / len(samples) / 32768 ** 2)


def main():
    root = sys.argv[1]
    images = sys.argv[2:] or ([os.path.join(SKIMAGE, p) for p in PHOTOS if os.path.exists(os.path.join(SKIMAGE, p))]
                              + sorted(glob.glob(WALLPAPERS)))
    work = tempfile.mkdtemp()
    env = dict(os.environ, RIFFWIRE_HOME=os.path.join(work, "home"))
    script = []
    for n, src in enumerate(images):
        copy = os.path.join(work, f"{n}-copy.png")
        darker_greyer(src, copy)
        for side, picture in (("a", src), ("b", copy)):
            script.append(f'riff:generate --seed 7 --image "{picture}" -o {work}/{n}-{side}.mid,{work}/{n}-{side}.wav ""')
    shell = subprocess.run([os.path.join(root, "riffwire"), "shell"], input="\n".join(script) + "\n", text=True,
                           capture_output=True, env=env, cwd=root)
    followed = happier = 0
    quieter_wav = 0
    print(f"{'photo':<32} {'tempo':>11} {'mode':>13} {'velocity':>11} {'WAV RMS dBFS':>13}  slower/minor/quieter  happier")
    for n, src in enumerate(images):
        a, b = f"{work}/{n}-a.mid", f"{work}/{n}-b.mid"
        if not (os.path.exists(a) and os.path.exists(b)):
            print(f"{label(src):<32} no MIDI written")
            continue
        ma_, mb_ = midi.read(a), midi.read(b)
        (ta, ma, va), (tb, mb, vb) = (ma_.tempo, ma_.mode, ma_.mean_velocity()), (mb_.tempo, mb_.mode, mb_.mean_velocity())
        la, lb = rms_db(a[:-4] + ".wav"), rms_db(b[:-4] + ".wav")
        ok = tb < ta or (mb == "minor" and ma == "major") or vb < va - 1
        up = mb == "major" and ma == "minor"
        followed += ok
        happier += up
        quieter_wav += lb < la
        print(f"{label(src):<32} {ta:5.0f}→{tb:<5.0f} {ma:>6}→{mb:<6} {va:5.1f}→{vb:<5.1f} {la:6.1f}→{lb:<6.1f}"
              f"  {'yes' if ok else 'NO':<20}  {'YES' if up else 'no'}")
    print(f"\n{len(images)} photos: the darker, greyer copy is slower, in minor or quieter for {followed} "
          f"({100 * followed / len(images):.0f}%), happier for {happier}; its WAV is quieter (RMS) for {quieter_wav}.")
    if shell.returncode not in (0, 117):
        print(shell.stdout[-2000:], shell.stderr[-2000:])


if __name__ == "__main__":
    main()
