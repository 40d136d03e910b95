// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The input and output names an ONNX file declares, read from its protobuf without loading it: the graph (field 7
 * of ModelProto) is walked field by field, its nodes and initializers skipped by their lengths, so a file of
 * gigabytes costs a few reads. Enough to tell a wrong export from a right one before a session is opened.
 */
final class OnnxGraphNames {
    record Names(List<String> inputs, List<String> outputs) {
    }

    private final FileChannel channel;
    private final ByteBuffer one = ByteBuffer.allocate(1);
    private long at;

    private OnnxGraphNames(FileChannel channel) {
        this.channel = channel;
    }

    static Names read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            OnnxGraphNames reader = new OnnxGraphNames(channel);
            long end = channel.size();
            while (reader.at < end) {
                long key = reader.varint();
                int field = (int) (key >>> 3);
                int wire = (int) (key & 7);
                if (field == 7 && wire == 2) {
                    long length = reader.varint();
                    return reader.graph(reader.at + length);
                }
                reader.skip(wire);
            }
            throw new IOException("no graph in " + file.getFileName());
        }
    }

    private Names graph(long end) throws IOException {
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        while (at < end) {
            long key = varint();
            int field = (int) (key >>> 3);
            int wire = (int) (key & 7);
            if ((field == 11 || field == 12) && wire == 2) {
                long length = varint();
                long valueEnd = at + length;
                String name = valueInfoName(valueEnd);
                (field == 11 ? inputs : outputs).add(name);
                at = valueEnd;
            } else {
                skip(wire);
            }
        }
        return new Names(inputs, outputs);
    }

    /** Field 1 of a ValueInfoProto. */
    private String valueInfoName(long end) throws IOException {
        while (at < end) {
            long key = varint();
            if (key >>> 3 == 1 && (key & 7) == 2) {
                int length = (int) varint();
                if (length > 4096) {
                    throw new IOException("a tensor name of " + length + " bytes: not an ONNX file");
                }
                ByteBuffer bytes = ByteBuffer.allocate(length);
                while (bytes.hasRemaining()) {
                    if (channel.read(bytes, at + bytes.position()) < 0) {
                        throw new IOException("the file ends inside a tensor name");
                    }
                }
                at += length;
                return new String(bytes.array(), StandardCharsets.UTF_8);
            }
            skip((int) (key & 7));
        }
        return "";
    }

    private void skip(int wire) throws IOException {
        switch (wire) {
            case 0 -> varint();
            case 1 -> at += 8;
            case 2 -> {
                long length = varint();
                at += length;
            }
            case 5 -> at += 4;
            default -> throw new IOException("protobuf wire type " + wire + " at byte " + at + ": not an ONNX file");
        }
    }

    private long varint() throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            one.clear();
            if (channel.read(one, at++) < 1) {
                throw new IOException("the file ends inside a field: not a whole ONNX file");
            }
            int b = one.get(0) & 0xFF;
            value |= (long) (b & 0x7F) << shift;
            if (b < 0x80) {
                return value;
            }
        }
        throw new IOException("a varint of more than 64 bits: not an ONNX file");
    }
}
