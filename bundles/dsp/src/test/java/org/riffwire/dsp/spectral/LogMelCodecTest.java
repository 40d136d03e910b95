// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.riffwire.api.music.AudioClip;

/** The runtime's log-mel against the training script's (scripts/log-mel-reference.py wrote the fixture). */
class LogMelCodecTest {
    static final LogMelCodec.Parameters MEL_FLOW = new LogMelCodec.Parameters(22_050, 1024, 256, 80, -4.0, 7.0);

    /** The fixture's signal, as the 16-bit samples the script wrote and read back. */
    static AudioClip signal() {
        int n = 2 * 22_050;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            double t = i / 22_050.0;
            double burst = Math.exp(-40 * (t % 0.5)) * Math.sin(2 * Math.PI * 5000 * t);
            double v = 0.4 * Math.sin(2 * Math.PI * 220 * t) + 0.2 * Math.sin(2 * Math.PI * 1760 * t) + 0.3 * burst;
            x[i] = Math.round((float) v * 32767) / 32768f;
        }
        return new AudioClip(22_050, new float[][] {x});
    }

    @Test
    void encodesAsTheTrainingScriptDoes() throws Exception {
        String json;
        try (InputStream in = getClass().getResourceAsStream("log-mel-reference.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Integer> frames = numbers(json.substring(json.indexOf("\"frames\""), json.indexOf("\"values\""))).stream()
                .map(Double::intValue).toList();
        List<Double> values = numbers(json.substring(json.indexOf("\"values\"")));
        float[][] mel = new LogMelCodec(MEL_FLOW).encode(signal());
        assertEquals(1 + 2 * 22_050 / 256, mel.length);
        double worst = 0;
        for (int i = 0; i < frames.size(); i++) {
            for (int m = 0; m < 80; m++) {
                worst = Math.max(worst, Math.abs(mel[frames.get(i)][m] - values.get(i * 80 + m)));
            }
        }
        // Scaled units (7 per e-fold): 1e-3 is a 0.7% difference in magnitude.
        assertTrue(worst < 1e-3, "largest difference " + worst);
    }

    @Test
    void decodesToTheLengthAndSpectrumItWasGiven() {
        LogMelCodec codec = new LogMelCodec(MEL_FLOW);
        float[][] mel = codec.encode(signal());
        AudioClip back = codec.decode(mel, 1);
        assertEquals(22_050, back.sampleRate());
        assertEquals((mel.length - 1) * 256, back.frames());
        float[][] again = codec.encode(back);
        // Griffin-Lim's phases are not the original's, and the decoded clip is peak-normalised: compare the shapes
        // of the mel magnitudes (cosine similarity over the frames away from the ends).
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int f = 4; f < mel.length - 4; f++) {
            for (int m = 0; m < 80; m++) {
                double x = Math.exp(mel[f][m] * 7 - 4);
                double y = Math.exp(again[f][m] * 7 - 4);
                dot += x * y;
                na += x * x;
                nb += y * y;
            }
        }
        double cosine = dot / Math.sqrt(na * nb);
        assertTrue(cosine > 0.95, "cosine " + cosine);
    }

    private static List<Double> numbers(String text) {
        List<Double> out = new ArrayList<>();
        Matcher m = Pattern.compile("-?[0-9]+(\\.[0-9]+)?(e-?[0-9]+)?").matcher(text);
        while (m.find()) {
            out.add(Double.parseDouble(m.group()));
        }
        return out;
    }
}
