# SPDX-License-Identifier: GPL-3.0-or-later
"""Standard MIDI files read here, independently of Riffwire's writer, for the bench scripts."""
import statistics


class Midi:
    def __init__(self, ppq, tempo, meter, mode, tracks):
        self.ppq, self.tempo, self.meter, self.mode, self.tracks = ppq, tempo, meter, mode, tracks

    def velocities(self):
        return [v for t in self.tracks for (_, _, _, v) in t["notes"]]

    def mean_velocity(self):
        v = self.velocities()
        return statistics.mean(v) if v else 0


def _varlen(data, i):
    value = 0
    while True:
        byte = data[i]
        i += 1
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, i


def read(path):
    """Tempo (bpm), meter, mode ('major'/'minor'), and per track its name, channel, program (the last program
    change, 0-based; None without one) and notes (pitch, start, end, velocity, in ticks)."""
    data = open(path, "rb").read()
    assert data[:4] == b"MThd", path
    ntracks = int.from_bytes(data[10:12], "big")
    ppq = int.from_bytes(data[12:14], "big")
    i = 14
    tempo, meter, mode, tracks = None, None, None, []
    for _ in range(ntracks):
        assert data[i:i + 4] == b"MTrk"
        length = int.from_bytes(data[i + 4:i + 8], "big")
        j, end, status, now = i + 8, i + 8 + length, 0, 0
        track = {"name": "", "channel": None, "program": None, "notes": []}
        sounding = {}
        while j < end:
            delta, j = _varlen(data, j)
            now += delta
            if data[j] == 0xFF:
                kind = data[j + 1]
                n, k = _varlen(data, j + 2)
                body = data[k:k + n]
                if kind == 0x51 and tempo is None:
                    tempo = 60_000_000 / int.from_bytes(body, "big")
                elif kind == 0x58 and meter is None:
                    meter = (body[0], 2 ** body[1])
                elif kind == 0x59 and mode is None:
                    mode = "minor" if body[1] == 1 else "major"
                elif kind == 0x03:
                    track["name"] = body.decode("latin-1")
                j = k + n
                continue
            if data[j] in (0xF0, 0xF7):
                n, k = _varlen(data, j + 1)
                j = k + n
                continue
            if data[j] & 0x80:
                status = data[j]
                j += 1
            kind, channel = status & 0xF0, status & 0x0F
            if kind in (0xC0, 0xD0):
                if kind == 0xC0:
                    track["program"] = data[j]
                j += 1
                continue
            a, b = data[j], data[j + 1]
            j += 2
            if kind == 0x90 and b > 0:
                sounding[a] = (now, b)
                track["channel"] = channel
            elif kind == 0x80 or (kind == 0x90 and b == 0):
                if a in sounding:
                    start, velocity = sounding.pop(a)
                    track["notes"].append((a, start, now, velocity))
        track["notes"].sort(key=lambda n: (n[1], -n[0]))
        tracks.append(track)
        i = end
    return Midi(ppq, tempo or 120.0, meter or (4, 4), mode, tracks)
