#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the log-mel test fixture (bundles/dsp/src/test/resources/org/riffwire/dsp/spectral/log-mel-reference.json):
the training script's own log-mel (scripts/train-spectrogram-diffusion.py, the representation the mel-flow model
learned) of a signal the Java test can make exactly: two seconds at 22,050 Hz of 220 Hz and 1,760 Hz sines with a
decaying 5 kHz burst every half second. LogMelCodecTest checks that dsp's LogMelCodec computes the same numbers.

    python3 scripts/log-mel-reference.py"""
import importlib.util
import json
import os
import wave

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bundles/dsp/src/test/resources/org/riffwire/dsp/spectral/log-mel-reference.json")


def signal(sr=22050, seconds=2.0):
    t = np.arange(int(sr * seconds)) / sr
    burst = np.exp(-40 * np.mod(t, 0.5)) * np.sin(2 * np.pi * 5000 * t)
    return (0.4 * np.sin(2 * np.pi * 220 * t) + 0.2 * np.sin(2 * np.pi * 1760 * t) + 0.3 * burst).astype(np.float32)


def main():
    spec = importlib.util.spec_from_file_location("train", os.path.join(ROOT, "scripts/train-spectrogram-diffusion.py"))
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    x = signal()
    # The training script reads WAV files; write the float signal as 16-bit the way the runtime would, and record
    # exactly those samples' values by reading them back.
    path = OUT + ".wav"
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(train.SR)
        w.writeframes(np.round(x * 32767).astype("<i2").tobytes())
    mel = train.log_mel(path, train.slaney_mel())
    os.remove(path)
    frames = [8, 20, 43, 64, 86, 100, 150]
    json.dump({"signal": "0.4 sin(2 pi 220 t) + 0.2 sin(2 pi 1760 t) + 0.3 exp(-40 (t mod 0.5)) sin(2 pi 5000 t), "
                         "2 s at 22050 Hz, as 16-bit samples round(x * 32767)",
               "frames": frames, "values": [[round(float(v), 6) for v in mel[:, f]] for f in frames]},
              open(OUT, "w"), indent=1)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
