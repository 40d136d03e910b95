// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.spectral;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;

/**
 * The numeric tags of an EXIF block's first image directory (TIFF layout: byte order, IFD offset, 12-byte
 * entries), as Pillow writes them into a PNG's eXIf chunk: Riffusion keeps its spectrogram parameters there.
 * Malformed blocks yield what could be read; a spectrogram image never fails for its EXIF alone. {@link #write}
 * makes such a block, so Riffusion's own tools read our images' parameters too.
 */
final class Exif {
    private Exif() {
    }

    /** A big-endian TIFF block of one directory: whole values as LONG, fractional ones as DOUBLE, tags ascending. */
    static byte[] write(java.util.SortedMap<Integer, Double> tags) {
        int entries = tags.size();
        int doubles = (int) tags.values().stream().filter(v -> v != Math.rint(v) || v < 0 || v > 0xFFFFFFFFL).count();
        ByteBuffer b = ByteBuffer.allocate(8 + 2 + 12 * entries + 4 + 8 * doubles).order(ByteOrder.BIG_ENDIAN);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        b.putShort((short) entries);
        int data = 8 + 2 + 12 * entries + 4;
        java.util.List<Double> later = new java.util.ArrayList<>();
        for (Map.Entry<Integer, Double> e : tags.entrySet()) {
            double v = e.getValue();
            b.putShort(e.getKey().shortValue());
            if (v == Math.rint(v) && v >= 0 && v <= 0xFFFFFFFFL) {
                b.putShort((short) 4).putInt(1).putInt((int) (long) v);
            } else {
                b.putShort((short) 12).putInt(1).putInt(data + 8 * later.size());
                later.add(v);
            }
        }
        b.putInt(0);
        later.forEach(b::putDouble);
        return b.array();
    }

    static Map<Integer, Double> numbers(byte[] block) {
        Map<Integer, Double> out = new HashMap<>();
        int base = block.length >= 6 && block[0] == 'E' && block[1] == 'x' && block[2] == 'i' && block[3] == 'f' ? 6 : 0;
        if (block.length < base + 8) {
            return out;
        }
        ByteBuffer b = ByteBuffer.wrap(block);
        b.order(block[base] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        try {
            int ifd = base + b.getInt(base + 4);
            int entries = Short.toUnsignedInt(b.getShort(ifd));
            for (int i = 0; i < entries; i++) {
                int e = ifd + 2 + 12 * i;
                int tag = Short.toUnsignedInt(b.getShort(e));
                int type = Short.toUnsignedInt(b.getShort(e + 2));
                int count = b.getInt(e + 4);
                if (count != 1) {
                    continue;
                }
                int valueAt = e + 8;
                Double value = switch (type) {
                    case 1 -> (double) Byte.toUnsignedInt(b.get(valueAt));
                    case 3 -> (double) Short.toUnsignedInt(b.getShort(valueAt));
                    case 4 -> (double) Integer.toUnsignedLong(b.getInt(valueAt));
                    case 8 -> (double) b.getShort(valueAt);
                    case 9 -> (double) b.getInt(valueAt);
                    case 11 -> (double) b.getFloat(valueAt);
                    case 5, 10, 12 -> {
                        int at = base + b.getInt(valueAt);
                        yield type == 12 ? b.getDouble(at)
                                : type == 5 ? (double) Integer.toUnsignedLong(b.getInt(at)) / Integer.toUnsignedLong(b.getInt(at + 4))
                                : (double) b.getInt(at) / b.getInt(at + 4);
                    }
                    default -> null;
                };
                if (value != null && Double.isFinite(value)) {
                    out.put(tag, value);
                }
            }
        } catch (IndexOutOfBoundsException malformed) {
            // Keep what was read before the block ran out.
        }
        return out;
    }
}
