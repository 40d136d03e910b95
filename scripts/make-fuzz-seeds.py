#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed inputs the Jazzer fuzz tests start from (and replay in every build): one small valid example of
each input kind, written here rather than copied from anywhere. Run from the repository root; rerunning rewrites
the same files. Findings Jazzer adds beside them (crash-*, timeout-*) are kept as they are."""
import io
import math
import os
import struct
import wave

from PIL import Image, ImageDraw

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def inputs(module, package, test, method):
    folder = os.path.join(ROOT, "bundles", module, "src/test/resources", package.replace(".", "/"), test + "Inputs",
                          method)
    os.makedirs(folder, exist_ok=True)
    return folder


def put(folder, name, data):
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def abc_seeds():
    folder = inputs("interpreter-notes", "org.riffwire.notes.abc", "AbcParserFuzzTest", "parsesOrRefuses")
    put(folder, "seed-jig.abc", "X:1\nT:Seed\nP:AB\nM:6/8\nL:1/8\nQ:3/8=100\nK:Ador\nP:A\n"
        "|:\"Am\"A2B c2d|\"G\"(3Bcd e/f/ g>a|[1 [CEG]2z {g}f2 !trill!e:|[2 \"E7\"^g3- g2z||\n"
        "P:B\n[K:G][M:3/4] F2 f2 =F2 | Z2 | (5abcde f4 |] % end\n")
    put(folder, "seed-header.abc", "X:2\nT:Two\n%%propagate-accidentals octave\nM:C|\nL:1/4\nV:1 clef=bass "
        "octave=-1\nK:Bb mix transpose=-2\nB,,C D2|E>F G<A|B4::c'd' ^e2|[1 f4:|2 g4|]\n")


def prompt_seeds():
    notes = inputs("interpreter-notes", "org.riffwire.interpreter.notes", "NoteInterpreterFuzzTest", "readsOrRefuses")
    put(notes, "seed-set.txt", "a folk song that only uses A, B, C#, F# and G")
    put(notes, "seed-opening.txt", "a waltz starting with the notes A4 B4 C#5, the bass uses only E and B")
    put(notes, "seed-abc.txt", "play this: ```abc\nX:1\nM:3/4\nL:1/8\nK:D\n|:d2 fe dc|B2 A4:|\n```")
    keyword = inputs("interpreter-keyword", "org.riffwire.interpreter.keyword", "KeywordInterpreterFuzzTest",
                     "readsOrRefuses")
    put(keyword, "seed-band.txt", "a triumphant brass quintet in D major at 140 bpm, in 6/8, 30 seconds, forte")
    put(keyword, "seed-mood.txt", "a drowsy lo-fi hip hop beat with muffled piano and soft drums, low register")
    semantic = inputs("interpreter-semantic", "org.riffwire.interpreter.semantic", "SemanticReadingFuzzTest",
                      "readsAnyText")
    put(semantic, "seed-mood.txt", "a melancholic rainy evening by the sea, with a slow piano")
    put(semantic, "seed-unicode.txt", "ünïcödé 漢字 emoji 🎵🎶 and a very long " + "w" + "o" * 40 + "rd")


def config_seeds():
    folder = inputs("core", "org.riffwire.core.internal", "PipelineFileFuzzTest", "readsOrReports")
    put(folder, "seed.config", "# a pipeline\ngenerator=\"symbolic\"\ninterpreters=[\"keyword\",\"notes\"]\n"
        "renderers=[\"midi\",\"wav\"]\nsettings=[\"genre=jazz\",\"tempo=\\\"96\\\"\"]\n")


def descriptor_seeds():
    folder = inputs("onnx", "org.riffwire.onnx.internal", "DescriptorFuzzTest", "readsOrReports")
    put(folder, "seed.json", '{"name": "tiny-model", "version": "1", "kind": "melody", "file": "tiny.onnx",\n'
        ' "inputs": ["tokens"], "outputs": ["logits"], "licence": "Apache-2.0",\n'
        ' "resources": {"vocabulary": "tiny.vocab"}, "session": {"threads": 1}}\n')


def audio_seeds():
    folder = inputs("core", "org.riffwire.core.internal", "AudioFileFuzzTest", "readsOrRefuses")
    rate = 8000
    tone = [int(8000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(400)]
    b = io.BytesIO()
    with wave.open(b, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(struct.pack("<%dh" % len(tone), *tone))
    put(folder, "seed-mono16.wav", b.getvalue())
    stereo = struct.pack("<%dh" % (2 * len(tone)), *[s for t in tone for s in (t, -t)])
    b = io.BytesIO()
    with wave.open(b, "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(stereo)
    put(folder, "seed-stereo16.wav", b.getvalue())
    # Sun AU: 24-byte header, 16-bit linear PCM (encoding 3), big-endian samples.
    au = struct.pack(">4sIIIII", b".snd", 24, 2 * len(tone), 3, rate, 1) + struct.pack(">%dh" % len(tone), *tone)
    put(folder, "seed.au", au)


def soundfont_seed():
    """The bank TinySoundFont builds in the tests, as a file for the fuzzer to mutate."""
    def chunk(tag, data):
        return tag + struct.pack("<I", len(data)) + data

    def text(s, n):
        return s.encode("ascii")[: n - 1].ljust(n, b"\0")

    samples = 2048
    info = b"INFO" + chunk(b"ifil", struct.pack("<HH", 2, 1)) + chunk(b"isng", text("EMU8000", 8)) + \
        chunk(b"INAM", text("tiny", 8))
    smpl = struct.pack("<%dh" % samples, *[int(12000 * math.sin(2 * math.pi * 440 * i / 22050.0))
                                           for i in range(samples)]) + bytes(2 * 46)
    sdta = b"sdta" + chunk(b"smpl", smpl)
    phdr = text("tiny", 20) + struct.pack("<HHHIII", 0, 0, 0, 0, 0, 0) + text("EOP", 20) + \
        struct.pack("<HHHIII", 0, 0, 1, 0, 0, 0)
    bag = struct.pack("<HHHH", 0, 0, 1, 0)
    inst = text("sine", 20) + struct.pack("<H", 0) + text("EOI", 20) + struct.pack("<H", 1)
    shdr = text("sine", 20) + struct.pack("<IIIIIBbHH", 0, samples, 8, samples - 8, 22050, 69, 0, 0, 1) + \
        text("EOS", 20) + struct.pack("<IIIIIBbHH", 0, 0, 0, 0, 0, 0, 0, 0, 0)
    pdta = b"pdta" + chunk(b"phdr", phdr) + chunk(b"pbag", bag) + chunk(b"pmod", bytes(10)) + \
        chunk(b"pgen", struct.pack("<HHHH", 41, 0, 0, 0)) + chunk(b"inst", inst) + chunk(b"ibag", bag) + \
        chunk(b"imod", bytes(10)) + chunk(b"igen", struct.pack("<HHHH", 53, 0, 0, 0)) + chunk(b"shdr", shdr)
    riff = chunk(b"RIFF", b"sfbk" + chunk(b"LIST", info) + chunk(b"LIST", sdta) + chunk(b"LIST", pdta))
    folder = inputs("renderer-audio", "org.riffwire.renderer.audio", "SoundFontFuzzTest", "loadsOrRefuses")
    put(folder, "seed-tiny.sf2", riff)


def image_seeds():
    folder = inputs("image", "org.riffwire.image", "PictureDecoderFuzzTest", "decodesOrRefuses")
    picture = Image.new("RGB", (24, 16), (250, 190, 60))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((6, 4, 18, 14), fill=(40, 30, 90))
    for fmt, ext in (("PNG", "png"), ("JPEG", "jpg"), ("GIF", "gif"), ("BMP", "bmp"), ("TIFF", "tif")):
        b = io.BytesIO()
        picture.save(b, fmt)
        put(folder, "seed." + ext, b.getvalue())
    with open(os.path.join(ROOT, "testdata", "images", "two-colours-lossy.webp"), "rb") as f:
        put(folder, "seed.webp", f.read())


if __name__ == "__main__":
    abc_seeds()
    prompt_seeds()
    config_seeds()
    descriptor_seeds()
    audio_seeds()
    soundfont_seed()
    image_seeds()
