// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.dsp.spectral;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;


import org.riffwire.api.music.Spectrogram;
import org.riffwire.image.Picture;
import org.riffwire.image.PictureDecoder;
import org.riffwire.image.UnreadableImageException;

/**
 * Mel spectrograms as Riffusion images: one column a frame, the lowest mel bin at the bottom, each pixel
 * {@code 255 − 255·(S / max)^power} (truncated to an integer, as numpy's uint8 cast does), written as an RGB PNG
 * with the parameters in tEXt chunks and in Riffusion's EXIF tags. Reading accepts any PNG (its grey levels; a Riffusion image's
 * channels are equal) and takes the parameters from our tEXt chunks, else Riffusion's EXIF tags (an eXIf chunk), else the
 * defaults. Pictures are decoded by {@link PictureDecoder}; a colour picture is read by its Rec. 601 grey levels.
 */
public final class SpectrogramImage {
    /** The most pixels an image to decode may have (a 20-minute clip at 512 bins), checked before decoding. */
    static final long MAX_PIXELS = 512L * 120_000;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private SpectrogramImage() {
    }

    /**
     * A decoded image: the mel magnitudes (scaled back to the stored maximum, or 1), the parameters, and the
     * pixels as read ({@code [row][column]}, row 0 the top, 0–255).
     */
    public record Decoded(Spectrogram mel, RiffusionParameters parameters, int[][] pixels) {
    }

    /** The pixels of a mel spectrogram, {@code [row][column]}, row 0 the top (the highest mel bin), 0–255. */
    public static int[][] pixels(Spectrogram mel, RiffusionParameters parameters) {
        int width = mel.frames();
        int height = mel.bins();
        double max = peak(mel);
        int[][] pixels = new int[height][width];
        for (int y = 0; y < height; y++) {
            int bin = height - 1 - y;
            for (int x = 0; x < width; x++) {
                double level = max == 0 ? 0 : Math.pow(mel.magnitude(x, bin) / max, parameters.power()) * 255;
                pixels[y][x] = (int) (255 - level);
            }
        }
        return pixels;
    }

    /** The mel spectrogram pixels stand for (scaled to the parameters' maximum, or 1), as {@link #decode} reads them. */
    public static Spectrogram mel(int[][] pixels, RiffusionParameters parameters) {
        int height = pixels.length;
        int width = height == 0 ? 0 : pixels[0].length;
        if (height != parameters.melBins()) {
            throw new IllegalArgumentException("the image is " + height + " pixels high; a spectrogram of "
                    + parameters.melBins() + " mel bins is " + parameters.melBins());
        }
        double scale = parameters.maxValue() > 0 ? parameters.maxValue() : 1;
        float[][] magnitudes = new float[width][height];
        for (int y = 0; y < height; y++) {
            int bin = height - 1 - y;
            for (int x = 0; x < width; x++) {
                double level = (255 - Math.max(0, Math.min(255, pixels[y][x]))) / 255.0;
                magnitudes[x][bin] = (float) (Math.pow(level, 1 / parameters.power()) * scale);
            }
        }
        return new Spectrogram(parameters.spectrogram(), magnitudes);
    }

    private static double peak(Spectrogram mel) {
        double max = 0;
        for (int f = 0; f < mel.frames(); f++) {
            for (int m = 0; m < mel.bins(); m++) {
                max = Math.max(max, mel.magnitude(f, m));
            }
        }
        return max;
    }

    /** The PNG of a mel spectrogram made with {@code parameters}. */
    public static byte[] encode(Spectrogram mel, RiffusionParameters parameters) {
        int width = mel.frames();
        int height = mel.bins();
        double max = peak(mel);
        int[][] pixels = pixels(mel, parameters);
        byte[] rows = new byte[height * (1 + 3 * width)];
        int at = 0;
        for (int y = 0; y < height; y++) {
            rows[at++] = 0; // filter type None
            for (int x = 0; x < width; x++) {
                byte pixel = (byte) pixels[y][x];
                rows[at++] = pixel;
                rows[at++] = pixel;
                rows[at++] = pixel;
            }
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(SIGNATURE);
            ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                    .put((byte) 0).put((byte) 0).put((byte) 0);
            chunk(out, "IHDR", header.array());
            RiffusionParameters stored = parameters.withMaxValue(max);
            for (Map.Entry<String, String> e : stored.text().entrySet()) {
                chunk(out, "tEXt", (e.getKey() + "\0" + e.getValue()).getBytes(StandardCharsets.ISO_8859_1));
            }
            chunk(out, "eXIf", Exif.write(stored.exif()));
            chunk(out, "IDAT", deflate(rows));
            chunk(out, "IEND", new byte[0]);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(6);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
            byte[] buffer = new byte[65536];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    /**
     * Reads a spectrogram image.
     *
     * @throws IllegalArgumentException naming what is wrong: not a PNG, too large, a height that is not the
     *         image's number of mel bins, unreadable parameters
     */
    public static Decoded decode(byte[] png) {
        if (png.length < SIGNATURE.length || !java.util.Arrays.equals(java.util.Arrays.copyOf(png, SIGNATURE.length), SIGNATURE)) {
            throw new IllegalArgumentException("not a PNG image");
        }
        return stored(png, read(png, "the PNG"));
    }

    /** A PNG's pixels, already decoded, read with the parameters its chunks store. */
    private static Decoded stored(byte[] png, Picture picture) {
        Map<String, String> text = new HashMap<>();
        Map<Integer, Double> exif = new HashMap<>();
        readChunks(png, text, exif);
        RiffusionParameters parameters = RiffusionParameters.from(text, exif);
        int[][] pixels = new int[picture.height()][picture.width()];
        for (int y = 0; y < picture.height(); y++) {
            for (int x = 0; x < picture.width(); x++) {
                pixels[y][x] = picture.grey(x, y);
            }
        }
        return new Decoded(mel(pixels, parameters), parameters, pixels);
    }

    /**
     * Any picture read as a spectrogram: a PNG as high as its stored (or Riffusion's) number of mel bins with the
     * parameters it stores, as {@link #decode} reads it; anything else as its grey levels scaled to the default
     * parameters' 512 rows, the width scaled alike, so every column stands for 10 ms.
     *
     * @param name the file's name, for messages
     * @throws UnreadableImageException naming the file: not a picture, cut off, broken, over the limits
     */
    public static Decoded picture(byte[] bytes, String name) throws UnreadableImageException {
        Picture picture = new PictureDecoder().decode(bytes, name, MAX_PIXELS);
        if (picture.format().equals("png") && picture.width() == picture.sourceWidth()) {
            try {
                return stored(bytes, picture);
            } catch (IllegalArgumentException notASpectrogram) {
                // Another height, or parameters it cannot use: read it as a picture like any other.
            }
        }
        RiffusionParameters parameters = RiffusionParameters.DEFAULT;
        int[][] pixels = picture.greyRows(parameters.melBins());
        return new Decoded(mel(pixels, parameters), parameters, pixels);
    }

    /** Decodes safely (the header's pixel count is checked before decoding), refusing more than MAX_PIXELS. */
    private static Picture read(byte[] png, String name) {
        try {
            Picture picture = new PictureDecoder().decode(png, name, MAX_PIXELS);
            if (picture.width() != picture.sourceWidth()) {
                throw new IllegalArgumentException("the image has " + (long) picture.sourceWidth() * picture.sourceHeight()
                        + " pixels; the limit is " + MAX_PIXELS);
            }
            return picture;
        } catch (UnreadableImageException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Collects tEXt keywords and Riffusion's numeric EXIF tags. */
    private static void readChunks(byte[] png, Map<String, String> text, Map<Integer, Double> exif) {
        ByteBuffer b = ByteBuffer.wrap(png).order(ByteOrder.BIG_ENDIAN);
        b.position(SIGNATURE.length);
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            if (length < 0 || length > b.remaining() - 4) {
                throw new IllegalArgumentException("the PNG is truncated or corrupt");
            }
            byte[] data = new byte[length];
            b.get(data);
            b.getInt(); // CRC; ImageIO checks the chunks it decodes
            String name = new String(type, StandardCharsets.US_ASCII);
            if (name.equals("tEXt")) {
                String chunk = new String(data, StandardCharsets.ISO_8859_1);
                int zero = chunk.indexOf('\0');
                if (zero > 0) {
                    text.put(chunk.substring(0, zero), chunk.substring(zero + 1));
                }
            } else if (name.equals("eXIf")) {
                exif.putAll(Exif.numbers(data));
            } else if (name.equals("IEND")) {
                return;
            }
        }
    }

    /** The tEXt entries a PNG carries, for tests and tools. */
    static Map<String, String> text(byte[] png) {
        Map<String, String> text = new LinkedHashMap<>();
        readChunks(png, text, new HashMap<>());
        return text;
    }
}
