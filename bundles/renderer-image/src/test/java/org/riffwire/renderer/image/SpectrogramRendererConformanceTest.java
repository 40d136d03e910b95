// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.riffwire.api.Piece;
import org.riffwire.api.Renderer;
import org.riffwire.api.music.AudioClip;
import org.riffwire.testkit.RendererConformance;
import org.riffwire.testkit.Specs;

/**
 * The renderer contract, on audio-only pieces: without a synthesizer (none runs in a unit test) a score is refused
 * by name, which the suite accepts only for audio-only pieces, so the sample piece here is audio.
 */
class SpectrogramRendererConformanceTest extends RendererConformance {
    @Override
    protected Renderer renderer() {
        return new SpectrogramRenderer();
    }

    @Override
    protected Piece samplePiece() {
        return sampleAudioPiece();
    }

    @Test
    void anImageIsAsWideAsTheAudioIsLongAndRiffusionHigh() throws Exception {
        float[] samples = new float[(int) (5.12 * 44_100)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (0.5 * Math.sin(2 * Math.PI * 330 * i / 44_100.0));
        }
        Piece piece = new Piece(Specs.spec().build(), null, new AudioClip(44_100, new float[][] {samples, samples}), Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SpectrogramRenderer().render(piece, out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(512, image.getWidth());
        assertEquals(512, image.getHeight());
    }
}
