# SPDX-License-Identifier: GPL-3.0-or-later
"""Folk tunes in ABC as melodies: whole bars of (pitch, duration) events, for training the melody model and for
the MGEval bench.

Reads the normalised corpora in ../shared/data (one X: block per tune; headers X, T, M, L, R, K; the *_melody.abc
files carry no chord symbols). A tune becomes its meter, tonic, mode, rhythm (the R: field) and a list of bars,
each a list of (midi pitch or None for a rest, duration in twelfths of a quarter note). The first bar is dropped
when it is a pickup; two partial bars that add up to one (a repeat's pickup and its ending) are joined; the tune
is cut at the first bar that still does not fill its meter. A tune that changes key, meter or unit length is read up to the change; part labels and other body fields are
skipped.
Repeats are played through once as written (volta marks dropped); the highest note of a chord is the melody;
grace notes, decorations and ties' second notes are dropped (a tie lengthens the first note).
"""
import re
from fractions import Fraction

TICKS_PER_QUARTER = 12
LETTER_PC = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
SHARPS_ORDER = "FCGDAEB"
MODE_OFFSETS = {"": 0, "maj": 0, "major": 0, "ion": 0, "m": 9, "min": 9, "minor": 9, "aeo": 9, "dor": 2, "mix": 7,
                "phr": 4, "lyd": 5, "loc": 11}
MODE_NAMES = {0: "major", 9: "minor", 2: "dorian", 7: "mixolydian", 4: "phrygian", 5: "lydian", 11: "locrian"}
MAJOR_SHARPS = {0: 0, 7: 1, 2: 2, 9: 3, 4: 4, 11: 5, 6: 6, 1: 7, 5: -1, 10: -2, 3: -3, 8: -4}


class Tune:
    def __init__(self, title, meter, tonic, mode, rhythm, bars):
        self.title, self.meter, self.tonic, self.mode, self.rhythm, self.bars = title, meter, tonic, mode, rhythm, bars

    def bar_ticks(self):
        return bar_ticks(self.meter)


def bar_ticks(meter):
    num, den = meter
    return num * 4 * TICKS_PER_QUARTER // den


def parse_key(value):
    """Tonic pitch class, mode name, and the key signature as {letter: -1|0|1}."""
    m = re.match(r"\s*([A-Ga-g])([#b]?)\s*([A-Za-z]*)", value)
    if not m:
        return None
    letter, acc, mode = m.group(1).upper(), m.group(2), m.group(3).lower()
    tonic = (LETTER_PC[letter] + (1 if acc == "#" else -1 if acc == "b" else 0)) % 12
    mode_key = next((k for k in sorted(MODE_OFFSETS, key=len, reverse=True) if k and mode.startswith(k)), "")
    if mode and not mode_key:
        return None
    offset = MODE_OFFSETS[mode_key]
    major_tonic = (tonic - offset) % 12
    sharps = MAJOR_SHARPS[major_tonic]
    signature = {l: 0 for l in LETTER_PC}
    for i in range(abs(sharps)):
        signature[(SHARPS_ORDER if sharps > 0 else SHARPS_ORDER[::-1])[i]] = 1 if sharps > 0 else -1
    return tonic, MODE_NAMES[offset], signature


def read_tunes(path):
    text = open(path, encoding="utf-8").read()
    for block in re.split(r"\n(?=X:)", text):
        if block.startswith("X:"):
            tune = parse_tune(block)
            if tune is not None:
                yield tune


NOTE = re.compile(r"(\^{1,2}|_{1,2}|=)?([A-Ga-gzx])([',]*)(\d*)(/*)(\d*)")


def parse_tune(block):
    headers, body = {}, []
    in_body = False
    for line in block.split("\n"):
        if not in_body and re.match(r"^[A-Za-z]:", line):
            in_body = line.startswith("K:")
            headers.setdefault(line[0], line[2:].strip())
        elif line.startswith("%"):
            continue
        elif re.match(r"^[KML]:", line):
            break  # a key, meter or unit change: the tune is read up to it
        elif re.match(r"^[A-Za-z]:", line):
            continue  # part labels, tempo, book: nothing the melody needs
        else:
            body.append(line.split("%")[0])
    if "K" not in headers or "M" not in headers:
        return None
    meter_text = headers["M"].replace("C|", "2/2").replace("C", "4/4")
    m = re.match(r"(\d+)/(\d+)", meter_text)
    if not m:
        return None
    meter = (int(m.group(1)), int(m.group(2)))
    unit = Fraction(headers.get("L", "1/8"))
    key = parse_key(headers["K"])
    if key is None:
        return None
    tonic, mode, signature = key
    events = notes(" ".join(body), unit, signature)
    if events is None:
        return None
    bars = whole_bars(events, bar_ticks(meter))
    if len(bars) < 4:
        return None
    return Tune(headers.get("T", ""), meter, tonic, mode, headers.get("R", "").strip().lower(), bars)


def notes(body, unit, signature):
    """Bars of (pitch, ticks) as written, bar lines kept as None entries in a flat list."""
    body = re.sub(r'"[^"]*"', "", body)
    body = re.sub(r"![^!]*!|\+[^+]*\+|\{[^}]*\}", "", body)
    if "[K:" in body or "[M:" in body or "[L:" in body:
        return None
    out = []
    accidentals = {}
    i = 0
    tuplet = None  # [notes left, ratio]
    broken = None
    while i < len(body):
        c = body[i]
        if c == "|" or c == ":" or (c == "[" and i + 1 < len(body) and body[i + 1].isdigit()):
            j = i
            while j < len(body) and body[j] in "|:[]0123456789,":
                if body[j] == "[" and j > i and not (j + 1 < len(body) and body[j + 1].isdigit()):
                    break
                j += 1
            if "|" in body[i:j] or "]" in body[i:j]:
                out.append(None)
            accidentals = {}
            i = j
            continue
        if c == "(" and i + 1 < len(body) and body[i + 1].isdigit():
            p = int(body[i + 1])
            q = {2: 3, 3: 2, 4: 3, 5: 2, 6: 2, 7: 2, 9: 2}.get(p, 2)
            tuplet = [p, Fraction(q, p)]
            i += 2
            continue
        if c == "[":
            end = body.find("]", i)
            if end < 0:
                return None
            chord = list(NOTE.finditer(body, i + 1, end))
            if not chord:
                i = end + 1
                continue
            pitches = [pitch(n, signature, accidentals) for n in chord]
            length = length_of(chord[0])
            m = re.match(r"(\d*)(/*)(\d*)", body[end + 1:])
            if m and m.group(0):
                length *= length_of_text(m.group(1), m.group(2), m.group(3))
                end += len(m.group(0))
            top = max(p for p in pitches if p is not None) if any(p is not None for p in pitches) else None
            i = end + 1
            ticks, tuplet, broken = place(out, top, length * unit, tuplet, broken)
            continue
        m = NOTE.match(body, i)
        if m:
            p = pitch(m, signature, accidentals)
            length = length_of(m)
            i = m.end()
            tie = i < len(body) and body[i] == "-"
            if tie:
                i += 1
            _, tuplet, broken = place(out, p, length * unit, tuplet, broken)
            if tie:
                out[-1] = (out[-1][0], out[-1][1], True)
            continue
        if c in "<>":
            n = 1
            while i + n < len(body) and body[i + n] == c:
                n += 1
            broken = (c, n)
            i += n
            continue
        i += 1
    return out


def length_of(m):
    return length_of_text(m.group(4), m.group(5), m.group(6))


def length_of_text(num, slashes, den):
    n = Fraction(int(num)) if num else Fraction(1)
    if slashes:
        d = int(den) if den else 2 ** len(slashes)
        n /= d
    return n


def pitch(m, signature, accidentals):
    letter = m.group(2)
    if letter in "zx":
        return None
    upper = letter.upper()
    octave = 5 if letter.islower() else 4
    for mark in m.group(3):
        octave += 1 if mark == "'" else -1
    acc = m.group(1)
    key = (upper, octave)
    if acc:
        shift = {"^": 1, "^^": 2, "_": -1, "__": -2, "=": 0}[acc]
        accidentals[key] = shift
    shift = accidentals.get(key, signature[upper])
    return 12 * (octave + 1) + LETTER_PC[upper] + shift


def place(out, p, quarters_fraction, tuplet, broken):
    """Appends a note of a length in whole notes × unit, applying a pending broken rhythm or tuplet."""
    length = quarters_fraction * 4 * TICKS_PER_QUARTER  # a whole note is 4 quarters
    if tuplet:
        length *= tuplet[1]
        tuplet[0] -= 1
        if tuplet[0] == 0:
            tuplet = None
    if broken and out and out[-1] is not None:
        c, n = broken
        factor = Fraction(2 ** n - 1, 2 ** n)
        prev = out[-1]
        if c == ">":
            prev_len, length = Fraction(prev[1]) * (1 + factor), length * (1 - factor)
        else:
            prev_len, length = Fraction(prev[1]) * (1 - factor), length * (1 + factor)
        out[-1] = (prev[0], prev_len, prev[2] if len(prev) > 2 else False)
        broken = None
    elif broken:
        broken = None
    if out and out[-1] is not None and len(out[-1]) > 2 and out[-1][2] and out[-1][0] == p:
        out[-1] = (p, Fraction(out[-1][1]) + length, False)
    else:
        out.append((p, length, False))
    return length, tuplet, broken


def whole_bars(events, full):
    """Bars of (pitch, ticks) with integer ticks that fill the meter; see the module docstring."""
    bars, current = [], []
    for e in events:
        if e is None:
            if current:
                bars.append(current)
            current = []
        else:
            current.append(e)
    if current:
        bars.append(current)
    clean = []
    for bar in bars:
        ticks = [Fraction(t) for _, t, _ in bar]
        if any(t.denominator != 1 or t <= 0 for t in ticks):
            return clean_prefix(clean)
        clean.append([(p, int(t)) for (p, _, _), t in zip(bar, ticks)])
    result = []
    i = 0
    if clean and sum(t for _, t in clean[0]) < full:
        i = 1  # a pickup
    while i < len(clean):
        bar = clean[i]
        total = sum(t for _, t in bar)
        if total == full:
            result.append(bar)
            i += 1
        elif total < full and i + 1 < len(clean) and total + sum(t for _, t in clean[i + 1]) == full:
            result.append(bar + clean[i + 1])
            i += 2
        elif total < full and i + 1 < len(clean) and sum(t for _, t in clean[i + 1]) < full:
            i += 1  # an ending cut short by the next section's pickup: skip it
        else:
            break
    return clean_prefix(result)


def clean_prefix(bars):
    return bars
