// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Spectrogram;

/**
 * The codec against an independent implementation: {@code reference.png} was made by
 * {@code scripts/riffusion-reference.py} (numpy and Pillow, Riffusion's convention, Riffusion's EXIF tags) from the
 * same signal as {@link #signal()}.
 */
class RiffusionCodecTest {
    private final RiffusionCodec codec = new RiffusionCodec(RiffusionParameters.DEFAULT);

    /** The reference script's signal: three partials and a falling glide, faded in and out, 1 s. */
    static float[] signal() {
        int n = 44_100;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            double t = (double) i / 44_100;
            double v = 0.4 * Math.sin(2 * Math.PI * 440 * t) + 0.25 * Math.sin(2 * Math.PI * 1234.5 * t)
                    + 0.15 * Math.sin(2 * Math.PI * 3000 * t) + 0.2 * Math.sin(2 * Math.PI * (2000 * t - 600 * t * t));
            double fade = Math.min(1, Math.min(t, 1.0 - t) / 0.05);
            x[i] = (float) (v * fade);
        }
        return x;
    }

    private static byte[] reference() throws Exception {
        try (InputStream in = RiffusionCodecTest.class.getResourceAsStream("reference.png")) {
            return in.readAllBytes();
        }
    }

    @Test
    void riffusionsExifTagsAreRead() throws Exception {
        RiffusionParameters p = SpectrogramImage.decode(reference()).parameters();
        assertEquals(44_100, p.sampleRate());
        assertEquals(441, p.hop());
        assertEquals(4410, p.window());
        assertEquals(17_640, p.fftSize());
        assertEquals(512, p.melBins());
        assertEquals(10_000, p.maxHz());
        assertEquals(0.25, p.power());
        assertEquals(1470.82, p.maxValue(), 0.01);
    }

    @Test
    void encodingMatchesTheIndependentReferencePixelForPixel() throws Exception {
        AudioClip clip = new AudioClip(44_100, new float[][] {signal()});
        Spectrogram mel = codec.melSpectrogram(clip);
        assertEquals(100, mel.frames(), "one column a hop");
        double max = 0;
        for (int f = 0; f < mel.frames(); f++) {
            for (int m = 0; m < mel.bins(); m++) {
                max = Math.max(max, mel.magnitude(f, m));
            }
        }
        assertEquals(1470.82, max, 1470.82 * 1e-4, "the same magnitudes as numpy's rfft and the reference filters");
        BufferedImage ours = ImageIO.read(new ByteArrayInputStream(codec.image(clip)));
        BufferedImage theirs = ImageIO.read(new ByteArrayInputStream(reference()));
        assertEquals(theirs.getWidth(), ours.getWidth());
        assertEquals(theirs.getHeight(), ours.getHeight());
        // Where the reference is louder than about -100 dB of the peak (pixel below 240), the two must agree to
        // the truncation; in quieter pixels the power 0.25 magnifies float32 rounding (the noise floor of a float
        // FFT, as torchaudio's own), so they may differ by a few levels.
        int loud = 0;
        int loudSame = 0;
        int loudWorst = 0;
        int quietWorst = 0;
        for (int y = 0; y < ours.getHeight(); y++) {
            for (int x = 0; x < ours.getWidth(); x++) {
                int a = ours.getRaster().getSample(x, y, 0);
                int b = theirs.getRaster().getSample(x, y, 0);
                if (b < 240) {
                    loud++;
                    loudSame += a == b ? 1 : 0;
                    loudWorst = Math.max(loudWorst, Math.abs(a - b));
                } else {
                    quietWorst = Math.max(quietWorst, Math.abs(a - b));
                }
            }
        }
        assertTrue(loud > 5_000, loud + " loud pixels");
        assertTrue(loudWorst <= 1, "loud pixels differ by up to " + loudWorst);
        assertTrue(loudSame >= 0.99 * loud, loudSame + " of " + loud + " loud pixels identical");
        assertTrue(quietWorst <= 3, "quiet pixels differ by up to " + quietWorst);
    }

    @Test
    void ourImagesCarryTheirParametersAndDecodeBack() throws Exception {
        byte[] png = codec.image(new AudioClip(44_100, new float[][] {signal()}));
        assertEquals("17640", "" + SpectrogramImage.decode(png).parameters().fftSize());
        assertEquals("htk", SpectrogramImage.text(png).get("riffwire.mel_scale"));
        AudioClip back = RiffusionCodec.audio(png, 7);
        assertEquals(44_100, back.sampleRate());
        assertEquals(99 * 441, back.frames(), "(frames - 1) hops");
        Spectrogram original = codec.melSpectrogram(new AudioClip(44_100, new float[][] {signal()}));
        Spectrogram heard = codec.melSpectrogram(back);
        assertTrue(SpectralDistance.ofShapes(original, heard) < 0.3, "mel spectral convergence " + SpectralDistance.ofShapes(original, heard));
    }

    @Test
    void ourExifBlockHoldsRiffusionsTags() {
        RiffusionParameters p = RiffusionParameters.DEFAULT.withMaxValue(1470.82);
        java.util.Map<Integer, Double> read = Exif.numbers(Exif.write(p.exif()));
        assertEquals(p.exif(), new java.util.TreeMap<>(read));
        assertEquals(44_100.0, read.get(RiffusionParameters.EXIF_SAMPLE_RATE));
        assertEquals(0.25, read.get(RiffusionParameters.EXIF_POWER_FOR_IMAGE));
    }

    @Test
    void griffinLimConvergesAndIsDeterministic() {
        AudioClip clip = new AudioClip(44_100, new float[][] {signal()});
        Spectrogram mel = codec.melSpectrogram(clip);
        GriffinLim.Result a = codec.audio(mel, 32, 3);
        GriffinLim.Result b = codec.audio(mel, 32, 3);
        // The target comes through the mel inverse, so it is not quite any signal's spectrogram: a floor remains.
        assertTrue(a.spectralConvergence() < 0.3, "spectral convergence " + a.spectralConvergence());
        assertEquals(a.signal().length, b.signal().length);
        for (int i = 0; i < a.signal().length; i++) {
            assertEquals(a.signal()[i], b.signal()[i], "sample " + i);
        }
        assertTrue(codec.audio(mel, 0, 3).spectralConvergence() > a.spectralConvergence() + 0.1,
                "iterations improve on random phases");
    }

    @Test
    void griffinLimRecoversAConsistentSpectrogramClosely() {
        float[] x = signal();
        Stft stft = new Stft(5120, 441, 4410, true);
        int frames = stft.frames(x.length);
        float[][] magnitudes = new float[frames][stft.bins()];
        float[] re = new float[stft.bins()];
        float[] im = new float[stft.bins()];
        for (int f = 0; f < frames; f++) {
            stft.frame(x, f, re, im);
            for (int k = 0; k < re.length; k++) {
                magnitudes[f][k] = (float) Math.hypot(re[k], im[k]);
            }
        }
        double sc = new GriffinLim(5120, 441, 4410).reconstruct(magnitudes, 32, 1).spectralConvergence();
        assertTrue(sc < 0.12, "spectral convergence " + sc + " on true magnitudes");
    }

    @Test
    void badImagesAreRefusedByName() {
        IllegalArgumentException notPng = assertThrows(IllegalArgumentException.class,
                () -> SpectrogramImage.decode("GIF89a...".getBytes()));
        assertEquals("not a PNG image", notPng.getMessage());
        Spectrogram small = new Spectrogram(new Spectrogram.Parameters(44_100, 17_640, 441, 4410, Spectrogram.Scale.MEL_HTK,
                64, 0, 10_000), new float[][] {new float[64]});
        byte[] png = SpectrogramImage.encode(small, RiffusionParameters.DEFAULT);
        IllegalArgumentException height = assertThrows(IllegalArgumentException.class, () -> SpectrogramImage.decode(png));
        assertTrue(height.getMessage().startsWith("the image is 64 pixels high"), height.getMessage());
    }

    @Test
    void aPaletteImageIsReadByItsColoursNotItsIndices() throws Exception {
        byte[] grey = new byte[256];
        for (int i = 0; i < 256; i++) {
            grey[i] = (byte) (255 - i);
        }
        java.awt.image.IndexColorModel palette = new java.awt.image.IndexColorModel(8, 256, grey, grey, grey);
        BufferedImage indexed = new BufferedImage(4, 512, BufferedImage.TYPE_BYTE_INDEXED, palette);
        for (int y = 0; y < 512; y++) {
            for (int x = 0; x < 4; x++) {
                indexed.getRaster().setSample(x, y, 0, 10); // colour 245
            }
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        ImageIO.write(indexed, "png", png);
        assertEquals(245, SpectrogramImage.decode(png.toByteArray()).pixels()[100][2]);
    }
}
