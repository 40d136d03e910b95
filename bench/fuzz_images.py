# SPDX-License-Identifier: GPL-3.0-or-later
"""The work of bench/fuzz-images.sh: a mutator of our own, one shell session, then single CLI runs."""
import collections
import io
import os
import random
import subprocess
import sys
import tempfile

from PIL import Image, ImageDraw


def seeds(root):
    picture = Image.new("RGB", (120, 80), (250, 190, 60))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((30, 30, 90, 75), fill=(40, 30, 90))
    draw.line((0, 0, 120, 80), fill=(255, 255, 255), width=3)
    out = []
    for fmt in ("PNG", "JPEG", "GIF", "BMP", "TIFF"):
        b = io.BytesIO()
        picture.save(b, fmt)
        out.append(b.getvalue())
    with open(os.path.join(root, "testdata", "images", "two-colours-lossy.webp"), "rb") as f:
        out.append(f.read())
    return out


def mutate(data, rnd):
    b = bytearray(data)
    for _ in range(rnd.randint(1, 4)):
        if not b:
            break
        kind = rnd.randrange(6)
        i = rnd.randrange(len(b))
        if kind == 0:
            b[i] ^= 1 << rnd.randrange(8)
        elif kind == 1:
            b[i] = rnd.randrange(256)
        elif kind == 2:
            del b[i:]
        elif kind == 3:
            at = rnd.randrange(min(len(b), 64))
            for j in range(at, min(len(b), at + 4)):
                b[j] = rnd.choice((0, 0x7F, 0x80, 0xFF))
        elif kind == 4:
            b[i:i] = b[i:i + rnd.randint(1, 64)]
        else:
            del b[i:i + rnd.randint(1, 64)]
    return bytes(b)


def main():
    root, count, sample = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    work = tempfile.mkdtemp()
    env = dict(os.environ, RIFFWIRE_HOME=os.path.join(work, "home"))
    rnd = random.Random(2026)
    base = seeds(root)
    files = []
    for n in range(count):
        path = os.path.join(work, f"m{n}.img")
        with open(path, "wb") as f:
            f.write(mutate(base[n % len(base)], rnd))
        files.append(path)
    script = [f'riff:interpret --image "{p}" ""' for p in files]
    script.append(f'riff:generate --seed 1 --image "{files[0].replace("m0.img", "ok.png")}" -o {work}/after.mid ""')
    Image.new("RGB", (64, 64), (200, 120, 40)).save(os.path.join(work, "ok.png"))
    shell = subprocess.run([os.path.join(root, "riffwire"), "shell"], input="\n".join(script) + "\n", text=True,
                           capture_output=True, env=env, cwd=root)
    text = shell.stdout + shell.stderr
    traces = text.count("\tat ")
    alive = os.path.exists(os.path.join(work, "after.mid"))
    print(f"shell: {count} mutants in one runtime, {traces} stack-trace lines, runtime still generates afterwards: {alive}")
    codes = collections.Counter()
    multiline = 0
    for p in files[:sample]:
        r = subprocess.run([os.path.join(root, "riffwire"), "generate", "--image", p, "-o", p + ".mid", "calm"],
                           capture_output=True, text=True, env=env, cwd=root)
        codes[r.returncode] += 1
        if r.returncode != 0 and len(r.stderr.strip().splitlines()) != 1:
            multiline += 1
        if r.returncode != 0 and os.path.exists(p + ".mid"):
            print("output left by a refused picture:", p)
    print(f"command line: {sample} mutants, exit codes {dict(sorted(codes.items()))}, refusals not one line: {multiline}")
    sys.exit(0 if alive and traces == 0 and set(codes) <= {0, 2} and multiline == 0 else 1)


if __name__ == "__main__":
    main()
