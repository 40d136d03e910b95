// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.util.Locale;

import org.riffwire.api.analysis.AdherenceReport;
import org.riffwire.api.analysis.AudioAnalysis;
import org.riffwire.api.analysis.ConstraintCheck;
import org.riffwire.api.analysis.PitchFrame;

/** Writes analyses and adherence reports as JSON, for scripts and for checks by other tools. */
public final class AnalysisJson {
    private AnalysisJson() {
    }

    public static String write(AudioAnalysis a) {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append(String.format(Locale.ROOT, "  \"seconds\": %.4f,%n  \"sampleRate\": %d,%n", a.seconds(), a.sampleRate()));
        sb.append("  \"tempoBpm\": ").append(a.tempoBpm().map(t -> String.format(Locale.ROOT, "%.2f", t)).orElse("null")).append(",\n");
        sb.append("  \"beats\": ").append(numbers(a.beats())).append(",\n");
        sb.append("  \"onsets\": ").append(numbers(a.onsets())).append(",\n");
        sb.append("  \"key\": ").append(SpecJson.quote(a.estimatedKey().toString()))
                .append(String.format(Locale.ROOT, ",%n  \"keyCorrelation\": %.4f,%n", a.keyCorrelation()));
        sb.append(String.format(Locale.ROOT, "  \"rmsDbfs\": %s,%n  \"peakDbfs\": %s,%n  \"clipped\": %b,%n",
                finite(a.rmsDbfs()), finite(a.peakDbfs()), a.clipped()));
        sb.append("  \"pitchClassProfile\": ").append(numbers(a.pitchClassProfile())).append(",\n");
        sb.append("  \"pitchTrack\": [");
        boolean first = true;
        for (PitchFrame f : a.pitchTrack()) {
            sb.append(first ? "" : ", ").append(String.format(Locale.ROOT, "[%.4f, %.2f, %.3f]", f.seconds(), f.hertz(), f.probability()));
            first = false;
        }
        return sb.append("]\n}").toString();
    }

    public static String write(AdherenceReport report) {
        StringBuilder sb = new StringBuilder("{\n  \"passed\": ").append(report.passed()).append(",\n  \"checks\": [");
        boolean first = true;
        for (ConstraintCheck c : report.checks()) {
            sb.append(first ? "\n" : ",\n").append("    {\"constraint\": ").append(SpecJson.quote(c.constraint()))
                    .append(", \"expected\": ").append(SpecJson.quote(c.expected()))
                    .append(", \"measured\": ").append(SpecJson.quote(c.measured()))
                    .append(", \"passed\": ").append(c.passed()).append(", \"hard\": ").append(c.hard())
                    .append(", \"method\": ").append(SpecJson.quote(c.method())).append('}');
            first = false;
        }
        return sb.append("\n  ]\n}").toString();
    }

    private static String numbers(java.util.List<Double> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", values.get(i)));
        }
        return sb.append(']').toString();
    }

    private static String finite(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "null";
    }
}
