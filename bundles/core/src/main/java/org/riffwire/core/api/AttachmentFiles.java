// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.riffwire.api.Attachment;

/**
 * Reads the files a user attaches to a prompt (generate --image, --init), refusing before any work what cannot
 * be one: a missing or unreadable file, one over {@link Attachment#MAX_BYTES}, one whose content is not a
 * picture (or, for --init, a WAV or PNG spectrogram). The type is read from the file's first bytes, not its name.
 */
public final class AttachmentFiles {
    private AttachmentFiles() {
    }

    /** A picture for the image interpreter: PNG, JPEG, GIF, BMP, TIFF or WebP. */
    public static Attachment image(Path file) throws BadRequestException {
        return image("--image " + file, name(file), read(file, "--image"));
    }

    /**
     * A picture sent some other way (an upload): {@code label} names it in errors.
     *
     * @throws BadRequestException when the bytes are empty, too many, or not a picture
     */
    public static Attachment image(String label, String name, byte[] bytes) throws BadRequestException {
        checkSize(label, bytes);
        String type = mediaType(bytes);
        if (!type.startsWith("image/")) {
            throw new BadRequestException(label + " is not a PNG, JPEG, GIF, BMP, TIFF or WebP picture");
        }
        return new Attachment(Attachment.Kind.IMAGE, type, name, bytes);
    }

    /** An init clip: a WAV file, or a picture read as a spectrogram (a Riffusion PNG, or any other picture). */
    public static Attachment init(Path file) throws BadRequestException {
        return init("--init " + file, name(file), read(file, "--init"));
    }

    /** An init clip sent some other way (an upload): {@code label} names it in errors. */
    public static Attachment init(String label, String name, byte[] bytes) throws BadRequestException {
        checkSize(label, bytes);
        String type = mediaType(bytes);
        if (type.equals("audio/wav")) {
            return new Attachment(Attachment.Kind.INIT_AUDIO, type, name, bytes);
        }
        if (type.startsWith("image/")) {
            return new Attachment(Attachment.Kind.INIT_SPECTROGRAM, type, name, bytes);
        }
        throw new BadRequestException(label + " is neither a WAV file nor a picture to read as a spectrogram");
    }

    private static void checkSize(String label, byte[] bytes) throws BadRequestException {
        if (bytes.length == 0) {
            throw new BadRequestException(label + " is empty");
        }
        if (bytes.length > Attachment.MAX_BYTES) {
            throw new BadRequestException(label + " is over the " + Attachment.MAX_BYTES / 1048576
                    + " MiB limit for attachments");
        }
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    private static byte[] read(Path file, String option) throws BadRequestException {
        if (!Files.exists(file)) {
            throw new BadRequestException(option + " " + file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new BadRequestException(option + " " + file + " is not a file");
        }
        try {
            long size = Files.size(file);
            if (size > Attachment.MAX_BYTES) {
                throw new BadRequestException(String.format(Locale.ROOT, "%s %s is %.1f MiB; attachments are limited to %d MiB",
                        option, file, size / 1048576.0, Attachment.MAX_BYTES / 1048576));
            }
            if (size == 0) {
                throw new BadRequestException(option + " " + file + " is empty");
            }
            // Read at most one byte past the cap, in case the file grew since its size was taken.
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(Attachment.MAX_BYTES + 1);
                if (bytes.length > Attachment.MAX_BYTES) {
                    throw new BadRequestException(option + " " + file + " is over the " + Attachment.MAX_BYTES / 1048576
                            + " MiB limit for attachments");
                }
                return bytes;
            }
        } catch (AccessDeniedException e) {
            throw new BadRequestException(option + " " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new BadRequestException(option + " " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The media type the content's signature says, or application/octet-stream. */
    static String mediaType(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (starts(b, 'B', 'M')) {
            return "image/bmp";
        }
        if (starts(b, 'I', 'I', '*', 0) || starts(b, 'M', 'M', 0, '*')) {
            return "image/tiff";
        }
        if (b.length >= 12 && starts(b, 'R', 'I', 'F', 'F')) {
            String form = new String(Arrays.copyOfRange(b, 8, 12), java.nio.charset.StandardCharsets.US_ASCII);
            if (form.equals("WEBP")) {
                return "image/webp";
            }
            if (form.equals("WAVE")) {
                return "audio/wav";
            }
        }
        return "application/octet-stream";
    }

    private static boolean starts(byte[] b, int... signature) {
        if (b.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((b[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
