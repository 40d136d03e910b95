// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A file that comes with a prompt: a picture to interpret, or an init clip (audio or a spectrogram image) that a
 * generator starts from instead of noise. The bytes are the file as given; the runtime checks the size before any
 * plug-in sees it, and the plug-in that reads the attachment decodes it.
 */
public final class Attachment {
    /** What the attachment is for. */
    public enum Kind {
        /** A picture whose colour, light and texture the music should follow. */
        IMAGE,
        /** Audio a generator starts from (img2img on its spectrogram). */
        INIT_AUDIO,
        /** A spectrogram image a generator starts from. */
        INIT_SPECTROGRAM
    }

    /** The largest attachment a runtime accepts: 16 MiB. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private final Kind kind;
    private final String mediaType;
    private final String fileName;
    private final byte[] bytes;

    /**
     * @param mediaType the IANA media type, such as {@code image/png} or {@code audio/wav}
     * @param fileName the name the user gave the file, for messages; never a path to open
     */
    public Attachment(Kind kind, String mediaType, String fileName, byte[] bytes) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType").toLowerCase(Locale.ROOT);
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
        if (bytes.length == 0) {
            throw new IllegalArgumentException(fileName + " is empty");
        }
    }

    public Kind kind() {
        return kind;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName() {
        return fileName;
    }

    /** A copy of the file's bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attachment a && kind == a.kind && mediaType.equals(a.mediaType) && fileName.equals(a.fileName)
                && Arrays.equals(bytes, a.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, mediaType, fileName, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + " " + fileName + " (" + mediaType + ", " + bytes.length + " bytes)";
    }
}
