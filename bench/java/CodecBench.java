// SPDX-License-Identifier: GPL-3.0-or-later
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;


import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Spectrogram;
import org.riffwire.dsp.audio.AudioDecoding;
import org.riffwire.dsp.spectral.GriffinLim;
import org.riffwire.dsp.spectral.RiffusionCodec;
import org.riffwire.dsp.spectral.RiffusionParameters;
import org.riffwire.dsp.spectral.SpectralDistance;
import org.riffwire.dsp.spectral.SpectrogramImage;

/**
 * Riffusion codec bench: for each WAV given, its first 5.12 s through audio → mel → PNG → mel → audio; prints the
 * encode and decode times, the Griffin-Lim time (32 iterations, median of RUNS), Griffin-Lim's spectral convergence
 * and the round trip's mel spectral convergence (the decoded audio's mel spectrogram against the original's).
 */
public final class CodecBench {
    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(System.getProperty("runs", "7"));
        RiffusionCodec codec = new RiffusionCodec(RiffusionParameters.DEFAULT);
        System.out.printf(Locale.ROOT, "%-28s %10s %10s %12s %10s %10s%n", "clip (5.12 s)", "encode ms", "decode ms",
                "GL-32 ms", "GL sc", "mel sc");
        for (String file : args) {
            AudioClip clip = firstSeconds(read(Path.of(file)), 5.12);
            long t0 = System.nanoTime();
            byte[] png = codec.image(clip);
            long t1 = System.nanoTime();
            SpectrogramImage.Decoded decoded = SpectrogramImage.decode(png);
            double[] decode = new double[runs];
            double[] gl = new double[runs];
            GriffinLim.Result result = null;
            for (int r = 0; r < runs; r++) {
                long a = System.nanoTime();
                float[][] linear = codec.linear(decoded.mel());
                long b = System.nanoTime();
                result = codec.griffinLim().reconstruct(linear, RiffusionCodec.GRIFFIN_LIM_ITERATIONS, 1);
                long c = System.nanoTime();
                decode[r] = (c - a) / 1e6;
                gl[r] = (c - b) / 1e6;
            }
            Arrays.sort(decode);
            Arrays.sort(gl);
            Spectrogram original = codec.melSpectrogram(clip);
            Spectrogram back = codec.melSpectrogram(new AudioClip(44_100, new float[][] {result.signal()}));
            System.out.printf(Locale.ROOT, "%-28s %10.0f %10.0f %12.0f %10.3f %10.3f%n", Path.of(file).getFileName(),
                    (t1 - t0) / 1e6, decode[runs / 2], gl[runs / 2], result.spectralConvergence(), SpectralDistance.ofShapes(original, back));
        }
        System.out.println("decode = mel inverse + Griffin-Lim; sc = ||X - Y|| / ||X|| (mel sc compares shapes: both peak-scaled)");
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
    }

    static AudioClip read(Path file) throws Exception {
        return AudioDecoding.decode(Files.readAllBytes(file), file.toString());
    }

    static AudioClip firstSeconds(AudioClip clip, double seconds) {
        int n = Math.min(clip.frames(), (int) Math.round(seconds * clip.sampleRate()));
        float[][] out = new float[clip.channelCount()][];
        for (int c = 0; c < out.length; c++) {
            out[c] = Arrays.copyOf(clip.channel(c), n);
        }
        return new AudioClip(clip.sampleRate(), out);
    }
}
