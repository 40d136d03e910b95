// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.audio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The smallest whole SoundFont 2 bank: one preset (program 0, bank 0) of one instrument over one short sine
 * sample, laid out as the SoundFont 2.01 specification's RIFF chunks. The fuzz tests start from it, since a real
 * bank is megabytes.
 */
final class TinySoundFont {
    private static final int SAMPLES = 2048;

    private TinySoundFont() {
    }

    static byte[] bytes() {
        return bytes(new int[0]);
    }

    /**
     * The same bank with more generators on its instrument zone, given as operator and amount pairs (sample modes
     * 1 to loop the sine, a vibrato LFO, a filter envelope), before the sample they qualify.
     */
    static byte[] bytes(int... operatorsAndAmounts) {
        byte[] info = list("INFO", chunk("ifil", le(4).putShort((short) 2).putShort((short) 1)),
                chunk("isng", ByteBuffer.wrap(text("EMU8000", 8))),
                chunk("INAM", ByteBuffer.wrap(text("tiny", 8))));
        ByteBuffer samples = le(2 * (SAMPLES + 46));
        for (int i = 0; i < SAMPLES; i++) {
            samples.putShort((short) (12000 * Math.sin(2 * Math.PI * 440 * i / 22050.0)));
        }
        byte[] sdta = list("sdta", chunk("smpl", samples));
        ByteBuffer phdr = le(38 * 2);
        phdr.put(text("tiny", 20)).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(0)
                .putInt(0);
        phdr.put(text("EOP", 20)).putShort((short) 0).putShort((short) 0).putShort((short) 1).putInt(0).putInt(0)
                .putInt(0);
        ByteBuffer inst = le(22 * 2);
        inst.put(text("sine", 20)).putShort((short) 0);
        inst.put(text("EOI", 20)).putShort((short) 1);
        ByteBuffer shdr = le(46 * 2);
        shdr.put(text("sine", 20)).putInt(0).putInt(SAMPLES).putInt(8).putInt(SAMPLES - 8).putInt(22050)
                .put((byte) 69).put((byte) 0).putShort((short) 0).putShort((short) 1);
        shdr.put(text("EOS", 20)).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0).put((byte) 0).put((byte) 0)
                .putShort((short) 0).putShort((short) 0);
        byte[] pdta = list("pdta", chunk("phdr", phdr), chunk("pbag", bag(1)), chunk("pmod", le(10)),
                chunk("pgen", generator(41, 0)), chunk("inst", inst), chunk("ibag", bag(1 + operatorsAndAmounts.length / 2)),
                chunk("imod", le(10)), chunk("igen", generators(operatorsAndAmounts)), chunk("shdr", shdr));
        return riff(info, sdta, pdta);
    }

    /** One zone (generator 0, modulator 0) and the terminal record after {@code generators} generators. */
    private static ByteBuffer bag(int generators) {
        return le(8).putShort((short) 0).putShort((short) 0).putShort((short) generators).putShort((short) 0);
    }

    /** One generator and the terminal record. */
    private static ByteBuffer generator(int operator, int amount) {
        return le(8).putShort((short) operator).putShort((short) amount).putShort((short) 0).putShort((short) 0);
    }

    /** The given generators, then the sample ID (always last in a zone), then the terminal record. */
    private static ByteBuffer generators(int[] operatorsAndAmounts) {
        ByteBuffer b = le(4 * (operatorsAndAmounts.length / 2 + 2));
        for (int i = 0; i + 1 < operatorsAndAmounts.length; i += 2) {
            b.putShort((short) operatorsAndAmounts[i]).putShort((short) operatorsAndAmounts[i + 1]);
        }
        return b.putShort((short) 53).putShort((short) 0).putShort((short) 0).putShort((short) 0);
    }

    private static byte[] riff(byte[]... lists) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("sfbk".getBytes(StandardCharsets.US_ASCII));
        for (byte[] l : lists) {
            body.writeBytes(l);
        }
        return chunk("RIFF", ByteBuffer.wrap(body.toByteArray()));
    }

    private static byte[] list(String type, byte[]... chunks) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        for (byte[] c : chunks) {
            body.writeBytes(c);
        }
        return chunk("LIST", ByteBuffer.wrap(body.toByteArray()));
    }

    private static byte[] chunk(String id, ByteBuffer data) {
        byte[] payload = data.array();
        ByteBuffer b = le(8 + payload.length);
        b.put(id.getBytes(StandardCharsets.US_ASCII)).putInt(payload.length).put(payload);
        return b.array();
    }

    private static byte[] text(String s, int length) {
        byte[] out = new byte[length];
        byte[] in = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(in, 0, out, 0, Math.min(in.length, length - 1));
        return out;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
