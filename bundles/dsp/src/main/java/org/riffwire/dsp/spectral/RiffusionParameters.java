// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.spectral;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.riffwire.api.music.Spectrogram;

/**
 * How a Riffusion spectrogram image was made: mono audio at {@code sampleRate}, a centred STFT with a
 * {@code windowMs} Hann window every {@code hopMs}, zero-padded to {@code paddedMs}, {@code melBins} HTK mel bins
 * (unnormalised filters) from {@code minHz} to {@code maxHz}, pixels {@code 255 − 255·(S / maxValue)^power}.
 * The defaults are Riffusion's (riffusion-hobby {@code SpectrogramParams}): 44.1 kHz, 10 ms, 100 ms, 400 ms,
 * 512 bins, 0–10 kHz, power 0.25, so 512 columns are 5.12 s.
 */
public record RiffusionParameters(int sampleRate, int hopMs, int windowMs, int paddedMs, int melBins, double minHz,
        double maxHz, double power, double maxValue) {
    public static final RiffusionParameters DEFAULT = new RiffusionParameters(44_100, 10, 100, 400, 512, 0, 10_000, 0.25, 0);

    /** Riffusion's EXIF tags (riffusion-hobby {@code SpectrogramParams.ExifTags}). */
    static final int EXIF_SAMPLE_RATE = 11000;
    static final int EXIF_STEREO = 11005;
    static final int EXIF_STEP_SIZE_MS = 11010;
    static final int EXIF_WINDOW_DURATION_MS = 11020;
    static final int EXIF_PADDED_DURATION_MS = 11030;
    static final int EXIF_NUM_FREQUENCIES = 11040;
    static final int EXIF_MIN_FREQUENCY = 11050;
    static final int EXIF_MAX_FREQUENCY = 11060;
    static final int EXIF_POWER_FOR_IMAGE = 11070;
    static final int EXIF_MAX_VALUE = 11080;

    public RiffusionParameters {
        if (sampleRate <= 0 || hopMs <= 0 || windowMs <= 0 || paddedMs < windowMs || melBins <= 0 || minHz < 0
                || maxHz <= minHz || maxHz > sampleRate / 2.0 || !(power > 0) || maxValue < 0) {
            throw new IllegalArgumentException("not a usable spectrogram geometry: " + describe(sampleRate, hopMs,
                    windowMs, paddedMs, melBins, minHz, maxHz, power));
        }
    }

    private static String describe(int sr, int hop, int win, int pad, int bins, double lo, double hi, double p) {
        return String.format(Locale.ROOT, "%d Hz, hop %d ms, window %d ms, padded %d ms, %d bins %.0f–%.0f Hz, power %.2f",
                sr, hop, win, pad, bins, lo, hi, p);
    }

    public int hop() {
        return sampleRate * hopMs / 1000;
    }

    public int window() {
        return sampleRate * windowMs / 1000;
    }

    public int fftSize() {
        return sampleRate * paddedMs / 1000;
    }

    public RiffusionParameters withMaxValue(double value) {
        return new RiffusionParameters(sampleRate, hopMs, windowMs, paddedMs, melBins, minHz, maxHz, power, value);
    }

    /** The parameters of the mel spectrogram these images hold. */
    public Spectrogram.Parameters spectrogram() {
        return new Spectrogram.Parameters(sampleRate, fftSize(), hop(), window(), Spectrogram.Scale.MEL_HTK, melBins, minHz,
                maxHz);
    }

    /** As text, for the PNG's tEXt chunks: one key a chunk. */
    Map<String, String> text() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("riffwire.sample_rate", String.valueOf(sampleRate));
        out.put("riffwire.hop_ms", String.valueOf(hopMs));
        out.put("riffwire.window_ms", String.valueOf(windowMs));
        out.put("riffwire.padded_ms", String.valueOf(paddedMs));
        out.put("riffwire.mel_bins", String.valueOf(melBins));
        out.put("riffwire.min_hz", number(minHz));
        out.put("riffwire.max_hz", number(maxHz));
        out.put("riffwire.mel_scale", "htk");
        out.put("riffwire.power", number(power));
        out.put("riffwire.max_value", number(maxValue));
        return out;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** As Riffusion's EXIF tags (riffusion-hobby {@code SpectrogramParams.to_exif}, plus the maximum). */
    java.util.SortedMap<Integer, Double> exif() {
        java.util.SortedMap<Integer, Double> out = new java.util.TreeMap<>();
        out.put(EXIF_SAMPLE_RATE, (double) sampleRate);
        out.put(EXIF_STEREO, 0.0);
        out.put(EXIF_STEP_SIZE_MS, (double) hopMs);
        out.put(EXIF_WINDOW_DURATION_MS, (double) windowMs);
        out.put(EXIF_PADDED_DURATION_MS, (double) paddedMs);
        out.put(EXIF_NUM_FREQUENCIES, (double) melBins);
        out.put(EXIF_MIN_FREQUENCY, minHz);
        out.put(EXIF_MAX_FREQUENCY, maxHz);
        out.put(EXIF_POWER_FOR_IMAGE, power);
        out.put(EXIF_MAX_VALUE, maxValue);
        return out;
    }

    /** From our tEXt chunks, else Riffusion's EXIF tags, else the defaults; each value checked. */
    static RiffusionParameters from(Map<String, String> text, Map<Integer, Double> exif) {
        RiffusionParameters d = DEFAULT;
        return new RiffusionParameters(
                (int) value(text, "riffwire.sample_rate", exif, EXIF_SAMPLE_RATE, d.sampleRate()),
                (int) value(text, "riffwire.hop_ms", exif, EXIF_STEP_SIZE_MS, d.hopMs()),
                (int) value(text, "riffwire.window_ms", exif, EXIF_WINDOW_DURATION_MS, d.windowMs()),
                (int) value(text, "riffwire.padded_ms", exif, EXIF_PADDED_DURATION_MS, d.paddedMs()),
                (int) value(text, "riffwire.mel_bins", exif, EXIF_NUM_FREQUENCIES, d.melBins()),
                value(text, "riffwire.min_hz", exif, EXIF_MIN_FREQUENCY, d.minHz()),
                value(text, "riffwire.max_hz", exif, EXIF_MAX_FREQUENCY, d.maxHz()),
                value(text, "riffwire.power", exif, EXIF_POWER_FOR_IMAGE, d.power()),
                value(text, "riffwire.max_value", exif, EXIF_MAX_VALUE, d.maxValue()));
    }

    private static double value(Map<String, String> text, String key, Map<Integer, Double> exif, int tag, double fallback) {
        String t = text.get(key);
        if (t != null) {
            try {
                return Double.parseDouble(t.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the image's " + key + " is not a number: '" + t + "'");
            }
        }
        return exif.getOrDefault(tag, fallback);
    }
}
