// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.riffwire.api.music.Spectrogram;

class SpectralTest {
    @Test
    void realFftMatchesTheDefinitionAndInvertsExactly() {
        int n = 64;
        float[] x = new float[n];
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < n; i++) {
            x[i] = (float) random.nextGaussian();
        }
        RealFft fft = new RealFft(n);
        float[] re = new float[fft.bins()];
        float[] im = new float[fft.bins()];
        fft.forward(x, re, im);
        for (int k = 0; k < fft.bins(); k++) {
            double dr = 0;
            double di = 0;
            for (int t = 0; t < n; t++) {
                dr += x[t] * Math.cos(2 * Math.PI * k * t / n);
                di -= x[t] * Math.sin(2 * Math.PI * k * t / n);
            }
            assertEquals(dr, re[k], 1e-3, "re[" + k + "]");
            assertEquals(di, im[k], 1e-3, "im[" + k + "]");
        }
        float[] back = new float[n];
        fft.inverse(re, im, back);
        for (int i = 0; i < n; i++) {
            assertEquals(x[i], back[i], 1e-4);
        }
    }

    @Test
    void stftOfAToneIsPeakedAtItsBinAndOverlapAddGivesItBack() {
        int rate = 8000;
        float[] tone = new float[rate];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) Math.sin(2 * Math.PI * 1000 * i / rate);
        }
        Stft stft = new Stft(512, 128, 512);
        Spectrogram s = stft.magnitudes(tone, rate);
        assertEquals(stft.frames(tone.length), s.frames());
        float[] frame = s.frame(10);
        int peak = 0;
        for (int k = 1; k < frame.length; k++) {
            peak = frame[k] > frame[peak] ? k : peak;
        }
        assertEquals(64, peak, "1 kHz at 8 kHz with a 512-point FFT is bin 64");

        float[][] re = new float[s.frames()][stft.bins()];
        float[][] im = new float[s.frames()][stft.bins()];
        for (int f = 0; f < s.frames(); f++) {
            stft.frame(tone, f, re[f], im[f]);
        }
        float[] back = stft.inverse(re, im);
        for (int i = 512; i < back.length - 512; i++) {
            assertEquals(tone[i], back[i], 1e-3, "sample " + i);
        }
    }

    @Test
    void htkMelFiltersCoverTheirRangeAndPutAToneInTheRightBand() {
        MelFilterbank mel = new MelFilterbank(44_100, 4096, 64, 0, 10_000, Spectrogram.Scale.MEL_HTK);
        assertEquals(1000, MelFilterbank.toMel(1000, Spectrogram.Scale.MEL_HTK), 0.5, "1 kHz is about 1000 HTK mel");
        assertEquals(1000, MelFilterbank.toHz(MelFilterbank.toMel(1000, Spectrogram.Scale.MEL_SLANEY),
                Spectrogram.Scale.MEL_SLANEY), 1e-6);
        float[] tone = new float[44_100];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) Math.sin(2 * Math.PI * 2000 * i / 44_100.0);
        }
        Spectrogram linear = new Stft(4096, 1024, 4096).magnitudes(tone, 44_100);
        Spectrogram bands = mel.apply(linear);
        assertEquals(Spectrogram.Scale.MEL_HTK, bands.parameters().scale());
        float[] frame = bands.frame(5);
        int peak = 0;
        for (int m = 1; m < frame.length; m++) {
            peak = frame[m] > frame[peak] ? m : peak;
        }
        double centreMel = MelFilterbank.toMel(10_000, Spectrogram.Scale.MEL_HTK) * (peak + 1) / 65;
        double centreHz = MelFilterbank.toHz(centreMel, Spectrogram.Scale.MEL_HTK);
        assertTrue(Math.abs(centreHz - 2000) < 150, "the 2 kHz tone peaks in the band centred at " + centreHz + " Hz");
    }
}
