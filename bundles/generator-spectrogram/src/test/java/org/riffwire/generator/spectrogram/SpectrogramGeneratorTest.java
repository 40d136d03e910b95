// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.spectrogram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.riffwire.api.Attachment;
import org.riffwire.api.Piece;
import org.riffwire.api.Prompt;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.SpecField;
import org.riffwire.dsp.spectral.RiffusionCodec;
import org.riffwire.dsp.spectral.RiffusionParameters;
import org.riffwire.dsp.spectral.SpectrogramImage;
import org.riffwire.testkit.Specs;

class SpectrogramGeneratorTest {
    private final SpectrogramGenerator generator = new SpectrogramGenerator();

    private static Prompt withImage(String name, byte[] bytes) {
        return Prompt.builder().text("").attach(new Attachment(Attachment.Kind.IMAGE, "image/png", name, bytes)).build();
    }

    private Piece hear(String name, byte[] bytes) throws UnsatisfiableSpecException {
        return generator.generate(Specs.spec().build(), Specs.context(5, false, withImage(name, bytes), List.of(), Map.of()));
    }

    /** A rising and a falling tone with a pulse, 3 s at 44.1 kHz. */
    private static AudioClip tones() {
        int rate = 44_100;
        float[] s = new float[3 * rate];
        for (int i = 0; i < s.length; i++) {
            double t = i / (double) rate;
            double pulse = (i / (rate / 4)) % 2 == 0 ? 1 : 0.2;
            s[i] = (float) (0.4 * pulse * Math.sin(2 * Math.PI * (300 + 400 * t) * t) + 0.3 * Math.sin(2 * Math.PI * 1500 * t));
        }
        return new AudioClip(rate, new float[][] {s});
    }

    @Test
    void aRiffwireSpectrogramComesBackAsTheSoundItWasMadeFrom() throws Exception {
        RiffusionCodec codec = new RiffusionCodec(RiffusionParameters.DEFAULT);
        byte[] png = codec.image(tones());
        SpectrogramImage.Decoded original = SpectrogramImage.decode(png);
        AudioClip heard = hear("tones.png", png).audio().orElseThrow();
        double expected = original.mel().frames() * 0.01;
        assertEquals(expected, heard.seconds(), expected * 0.02);
        int[][] again = SpectrogramImage.decode(codec.image(heard)).pixels();
        assertTrue(correlation(original.pixels(), again) > 0.9, "correlation " + correlation(original.pixels(), again));
    }

    @Test
    void anyPictureIsScaledTo512RowsAndLastsItsScaledWidthInTenMillisecondSteps() throws Exception {
        BufferedImage picture = new BufferedImage(450, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 450, 300);
        g.setColor(Color.BLACK);
        g.fillRect(0, 250, 450, 20);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpeg", jpeg);
        Piece piece = hear("line.jpg", jpeg.toByteArray());
        assertEquals(7.68, piece.audio().orElseThrow().seconds(), 7.68 * 0.02);
        assertTrue(piece.metadata().get("read as").contains("768 columns of 512 mel bands"), piece.metadata().toString());
    }

    @Test
    void withoutAPictureOrWithNotesItCannotKeepItRefuses() {
        assertTrue(assertThrows(UnsatisfiableSpecException.class, () -> generator.generate(Specs.spec().build(),
                Specs.context(1, false))).getMessage().contains("attach one"));
        MusicSpec tempo = Specs.spec().with(SpecField.TEMPO, 120.0).build();
        assertTrue(assertThrows(UnsatisfiableSpecException.class, () -> generator.generate(tempo,
                Specs.context(1, false, withImage("a.png", new byte[] {1}), List.of(), Map.of()))).getMessage()
                .contains("cannot keep tempo"));
        assertTrue(assertThrows(UnsatisfiableSpecException.class, () -> hear("cut.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}))
                .getMessage().startsWith("cut.png "));
    }

    static double correlation(int[][] a, int[][] b) {
        int rows = Math.min(a.length, b.length);
        int cols = Math.min(a[0].length, b[0].length);
        double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
        int n = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                sa += a[y][x];
                sb += b[y][x];
                saa += a[y][x] * (double) a[y][x];
                sbb += b[y][x] * (double) b[y][x];
                sab += a[y][x] * (double) b[y][x];
                n++;
            }
        }
        double cov = sab / n - sa / n * sb / n;
        return cov / Math.sqrt((saa / n - sa / n * sa / n) * (sbb / n - sb / n * sb / n));
    }
}
