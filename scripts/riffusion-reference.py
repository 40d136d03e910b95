#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the test fixture for the Riffusion codec: a known signal's spectrogram image, computed here with numpy
alone, independently of the Java code, after Riffusion's convention (riffusion-hobby SpectrogramParams and
image_util, which use torchaudio): centred STFT with reflect padding, periodic Hann window of 4410 samples
zero-padded to 17640, magnitudes, unnormalised HTK mel filters (512, 0-10 kHz), pixels 255 - 255*(S/max)^0.25
truncated to uint8, flipped so low frequencies are at the bottom, RGB, with Riffusion's EXIF tags (11000-11080).

    python3 scripts/riffusion-reference.py bundles/dsp/src/test/resources/org/riffwire/dsp/spectral/reference.png

Needs numpy and Pillow. The signal is defined in SignalFixture (Java) the same way."""
import sys

import numpy as np
from PIL import Image

SR, HOP, WIN, NFFT, MELS, FMIN, FMAX = 44100, 441, 4410, 17640, 512, 0.0, 10000.0


def signal(seconds=1.0):
    # float32 like the Java side; a chord of three partials and a falling glide, with a fade in and out.
    t = np.arange(int(seconds * SR), dtype=np.float64) / SR
    x = 0.4 * np.sin(2 * np.pi * 440 * t) + 0.25 * np.sin(2 * np.pi * 1234.5 * t) + 0.15 * np.sin(2 * np.pi * 3000 * t)
    x += 0.2 * np.sin(2 * np.pi * (2000 * t - 600 * t * t))
    fade = np.minimum(1, np.minimum(t, seconds - t) / 0.05)
    return (x * fade).astype(np.float32)


def mel_filters():
    def mel(f):
        return 2595.0 * np.log10(1.0 + f / 700.0)

    def hz(m):
        return 700.0 * (10 ** (m / 2595.0) - 1.0)

    freqs = np.linspace(0, SR // 2, NFFT // 2 + 1)
    points = hz(np.linspace(mel(FMIN), mel(FMAX), MELS + 2))
    fb = np.zeros((MELS, freqs.size))
    for m in range(MELS):
        left, centre, right = points[m], points[m + 1], points[m + 2]
        rising = (freqs - left) / (centre - left)
        falling = (right - freqs) / (right - centre)
        fb[m] = np.maximum(0, np.minimum(rising, falling))
    return fb


def mel_spectrogram(x):
    window = np.zeros(NFFT)
    hann = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(WIN) / WIN)
    left = (NFFT - WIN) // 2
    window[left:left + WIN] = hann
    padded = np.pad(x.astype(np.float64), NFFT // 2, mode="reflect")
    frames = len(x) // HOP
    spectra = np.empty((NFFT // 2 + 1, frames))
    for f in range(frames):
        spectra[:, f] = np.abs(np.fft.rfft(padded[f * HOP:f * HOP + NFFT] * window))
    return mel_filters() @ spectra


def main(path):
    s = mel_spectrogram(signal())
    data = 255 - (np.power(s / s.max(), 0.25) * 255)
    image = Image.fromarray(data.astype(np.uint8), mode="L").convert("RGB").transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    exif = image.getexif()
    exif.update({11000: SR, 11005: 0, 11010: 10, 11020: 100, 11030: 400, 11040: MELS, 11050: 0, 11060: 10000,
                 11070: 0.25, 11080: float(s.max())})
    image.save(path, exif=exif)
    print(path, image.size, "max", s.max())


if __name__ == "__main__":
    main(sys.argv[1])
