// SPDX-License-Identifier: GPL-3.0-or-later
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.riffwire.api.analysis.AudioAnalysis;
import org.riffwire.api.music.AudioClip;
import org.riffwire.dsp.TarsosAudioAnalyzer;
import org.riffwire.dsp.audio.AudioDecoding;
import org.riffwire.dsp.audio.Timbre;

/**
 * Reads the pairs bench/prompt-control.sh rendered and says, per pipeline and control, how often side a measures
 * higher than side b: spectral centroid for "bright", onset strength for "drums", detected tempo for "tempo".
 * A pair with a missing clip (the pipeline refused or failed it) counts as a miss; one without a detected tempo
 * too.
 */
public final class PromptControlBench {
    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(work.resolve("pairs.tsv"))) {
            String[] f = line.split("\\|", 5);
            if (f[2].equals("a")) {
                rows.add(f);
            }
        }
        TarsosAudioAnalyzer analyzer = new TarsosAudioAnalyzer();
        Map<String, int[]> summary = new LinkedHashMap<>();
        System.out.printf(Locale.ROOT, "%-10s %-7s %4s %12s %12s %s%n", "pipeline", "control", "pair", "a", "b", "a > b");
        for (int p = 1; p < args.length; p++) {
            String pipeline = args[p];
            for (String[] row : rows) {
                String control = row[0];
                String pair = row[1];
                Double a = measure(analyzer, work.resolve(pipeline).resolve(control + "-" + pair + "-a.wav"), control);
                Double b = measure(analyzer, work.resolve(pipeline).resolve(control + "-" + pair + "-b.wav"), control);
                boolean hit = a != null && b != null && a > b;
                int[] counts = summary.computeIfAbsent(pipeline + "|" + control, k -> new int[2]);
                counts[0] += hit ? 1 : 0;
                counts[1]++;
                System.out.printf(Locale.ROOT, "%-10s %-7s %4s %12s %12s %s%n", pipeline, control, pair, format(a),
                        format(b), hit ? "yes" : "no");
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-10s %-22s %-22s %-22s%n", "pipeline", "bright > dark (centroid)",
                "drums > none (onsets)", "fast > slow (tempo)");
        for (int p = 1; p < args.length; p++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s", args[p]));
            for (String control : List.of("bright", "drums", "tempo")) {
                int[] c = summary.getOrDefault(args[p] + "|" + control, new int[2]);
                line.append(String.format(Locale.ROOT, " %-22s", c[0] + "/" + c[1] + String.format(Locale.ROOT,
                        " (%.0f%%)", c[1] == 0 ? 0.0 : 100.0 * c[0] / c[1])));
            }
            System.out.println(line);
        }
    }

    private static Double measure(TarsosAudioAnalyzer analyzer, Path wav, String control) throws IOException {
        if (!Files.exists(wav)) {
            return null;
        }
        AudioClip clip = AudioDecoding.decode(Files.readAllBytes(wav), wav.getFileName().toString());
        return switch (control) {
            case "bright" -> Timbre.of(clip).centroidHz();
            case "drums" -> Timbre.of(clip).onsetStrength();
            default -> {
                AudioAnalysis analysis = analyzer.analyze(clip);
                yield analysis.tempoBpm().orElse(null);
            }
        };
    }

    private static String format(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
