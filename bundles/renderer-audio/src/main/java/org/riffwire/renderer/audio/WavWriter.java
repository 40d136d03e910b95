// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.riffwire.api.music.AudioClip;
import org.riffwire.api.spec.Dynamics;

/**
 * Writes 16-bit PCM WAV, peak-normalised so nothing clips: to -1 dBFS, or lower for a score marked soft. Without
 * that, normalising would undo a piano piece's pp: the synthesizer plays soft notes softer, and the gain that
 * brings every peak to -1 dBFS would bring the loudness back.
 */
final class WavWriter {
    static final double HEADROOM_DB = -1.0;

    private WavWriter() {
    }

    /** The peak a score's dynamics ask for: -1 dBFS from mf up (nothing louder fits), 4 dB lower a step below. */
    static double peakDb(Dynamics dynamics) {
        return switch (dynamics) {
            case PP -> HEADROOM_DB - 12;
            case P -> HEADROOM_DB - 8;
            case MP -> HEADROOM_DB - 4;
            default -> HEADROOM_DB;
        };
    }

    static void write(AudioClip clip, OutputStream out) throws IOException {
        write(clip, HEADROOM_DB, out);
    }

    static void write(AudioClip clip, double peakDb, OutputStream out) throws IOException {
        int channels = clip.channelCount();
        int frames = clip.frames();
        float[][] pcm = new float[channels][];
        float peak = 0;
        for (int c = 0; c < channels; c++) {
            pcm[c] = clip.channel(c);
            for (float s : pcm[c]) {
                peak = Math.max(peak, Math.abs(s));
            }
        }
        double gain = peak > 0 ? Math.pow(10, peakDb / 20) / peak : 1.0;
        int dataBytes = frames * channels * 2;
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + dataBytes)
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) channels).putInt(clip.sampleRate()).putInt(clip.sampleRate() * channels * 2)
                .putShort((short) (channels * 2)).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(dataBytes);
        out.write(header.array());
        ByteBuffer data = ByteBuffer.allocate(8192 * channels * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int f = 0; f < frames; f++) {
            for (int c = 0; c < channels; c++) {
                long v = Math.round(pcm[c][f] * gain * 32767.0);
                data.putShort((short) Math.max(-32768, Math.min(32767, v)));
            }
            if (!data.hasRemaining()) {
                out.write(data.array(), 0, data.position());
                data.clear();
            }
        }
        out.write(data.array(), 0, data.position());
    }
}
