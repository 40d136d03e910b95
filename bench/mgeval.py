# SPDX-License-Identifier: GPL-3.0-or-later
"""MGEval (Yang & Lerch 2018, "On the evaluation of generative models in music") written here: nine features of a
melody, intra-set and inter-set distances, their kernel density estimates, and the overlap area and KL divergence
of the reference set's intra-set distances against the inter-set distances.

A melody is a list of (pitch, onset, duration), times in quarter notes, cut to its first 16 bars. Times are in
quarter notes, not seconds, so that tunes without a tempo (the corpora) and with one (generated MIDI) compare.
"""
import math

import numpy as np
from scipy.stats import gaussian_kde

FEATURES = ["total pitch count", "pitch class histogram", "pitch class transitions", "pitch range",
            "average pitch interval", "note count", "average inter-onset interval", "note length histogram",
            "note length transitions"]
RHYTHM = {"note count", "average inter-onset interval", "note length histogram", "note length transitions"}
# MGEval's twelve note-length classes, in quarter notes: whole, half, quarter, 8th, 16th, their dotted forms, and
# half, quarter and 8th triplets.
LENGTHS = [4, 2, 1, 0.5, 0.25, 3, 1.5, 0.75, 0.375, 4 / 3, 2 / 3, 1 / 3]


def length_class(quarters):
    return min(range(len(LENGTHS)), key=lambda i: abs(math.log(quarters / LENGTHS[i])))


def features(melody):
    pitches = [p for p, _, _ in melody]
    onsets = [o for _, o, _ in melody]
    lengths = [length_class(d) for _, _, d in melody]
    pch = np.zeros(12)
    for p in pitches:
        pch[p % 12] += 1
    pch /= max(1, len(pitches))
    pctm = np.zeros((12, 12))
    for a, b in zip(pitches, pitches[1:]):
        pctm[a % 12, b % 12] += 1
    pctm /= max(1, len(pitches) - 1)
    nlh = np.zeros(12)
    for c in lengths:
        nlh[c] += 1
    nlh /= max(1, len(lengths))
    nltm = np.zeros((12, 12))
    for a, b in zip(lengths, lengths[1:]):
        nltm[a, b] += 1
    nltm /= max(1, len(lengths) - 1)
    intervals = [abs(b - a) for a, b in zip(pitches, pitches[1:])]
    iois = [b - a for a, b in zip(onsets, onsets[1:])]
    return {
        "total pitch count": float(len(set(pitches))),
        "pitch class histogram": pch,
        "pitch class transitions": pctm,
        "pitch range": float(max(pitches) - min(pitches)) if pitches else 0.0,
        "average pitch interval": float(np.mean(intervals)) if intervals else 0.0,
        "note count": float(len(pitches)),
        "average inter-onset interval": float(np.mean(iois)) if iois else 0.0,
        "note length histogram": nlh,
        "note length transitions": nltm,
    }


def distance(a, b):
    return float(np.linalg.norm(np.asarray(a) - np.asarray(b)))


def intra(set_features, name):
    values = [f[name] for f in set_features]
    return [distance(values[i], values[j]) for i in range(len(values)) for j in range(len(values)) if i != j]


def inter(a_features, b_features, name):
    return [distance(x[name], y[name]) for x in a_features for y in b_features]


def overlap_and_kl(p_samples, q_samples):
    """Overlap area and KL(p || q) of two sets of distances, by Gaussian kernel density estimates."""
    p_samples, q_samples = np.asarray(p_samples), np.asarray(q_samples)
    if np.ptp(p_samples) == 0 and np.ptp(q_samples) == 0:
        return (1.0 if p_samples[0] == q_samples[0] else 0.0), 0.0
    lo = min(p_samples.min(), q_samples.min())
    hi = max(p_samples.max(), q_samples.max())
    span = hi - lo
    grid = np.linspace(lo - 0.1 * span, hi + 0.1 * span, 1000)
    p = _kde(p_samples)(grid)
    q = _kde(q_samples)(grid)
    step = grid[1] - grid[0]
    area = float(np.sum(np.minimum(p, q)) * step)
    kl = float(np.sum(np.where(p > 0, p * np.log((p + 1e-12) / (q + 1e-12)), 0)) * step)
    return area, kl


def _kde(samples):
    if np.ptp(samples) == 0:
        samples = samples + np.random.default_rng(0).normal(0, 1e-6, len(samples))
    return gaussian_kde(samples)


def compare(reference, candidate):
    """Per feature, (overlap area, KL) of the reference's intra-set distances against reference × candidate."""
    ref = [features(m) for m in reference]
    cand = [features(m) for m in candidate]
    return {name: overlap_and_kl(intra(ref, name), inter(ref, cand, name)) for name in FEATURES}
