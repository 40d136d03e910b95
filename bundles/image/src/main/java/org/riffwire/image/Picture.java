// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.image;

import java.util.Objects;

/**
 * A decoded picture: sRGB pixels at the resolution it was decoded at (transparent areas laid over white), with
 * the size its file declared and its format's name.
 */
public final class Picture {
    private final int width;
    private final int height;
    private final int sourceWidth;
    private final int sourceHeight;
    private final String format;
    private final boolean grey;
    private final int[] rgb;

    /**
     * @param rgb {@code width × height} pixels, row by row from the top, each {@code 0xRRGGBB}
     * @param grey whether the file holds one grey channel (its pixels then have R = G = B)
     */
    public Picture(int width, int height, int sourceWidth, int sourceHeight, String format, boolean grey, int[] rgb) {
        if (width <= 0 || height <= 0 || rgb.length != (long) width * height) {
            throw new IllegalArgumentException("a " + width + " × " + height + " picture needs " + (long) width * height
                    + " pixels, got " + rgb.length);
        }
        this.width = width;
        this.height = height;
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
        this.format = Objects.requireNonNull(format, "format");
        this.grey = grey;
        this.rgb = rgb.clone();
    }

    /** Pixels across, as decoded. */
    public int width() {
        return width;
    }

    /** Pixels down, as decoded. */
    public int height() {
        return height;
    }

    /** Pixels across, as the file declares. */
    public int sourceWidth() {
        return sourceWidth;
    }

    /** Pixels down, as the file declares. */
    public int sourceHeight() {
        return sourceHeight;
    }

    /** The format's name, such as {@code png} or {@code webp}. */
    public String format() {
        return format;
    }

    public boolean isGrey() {
        return grey;
    }

    /** The pixel at column x, row y (row 0 the top), as {@code 0xRRGGBB}. */
    public int rgb(int x, int y) {
        return rgb[y * width + x];
    }

    /** The pixel's grey level, 0–255: the value itself for a grey file, Rec. 601 luma of the sRGB values otherwise. */
    public int grey(int x, int y) {
        int p = rgb[y * width + x];
        if (grey) {
            return p & 0xFF;
        }
        return (int) Math.round(0.299 * ((p >> 16) & 0xFF) + 0.587 * ((p >> 8) & 0xFF) + 0.114 * (p & 0xFF));
    }

    /**
     * The grey levels resampled to {@code rows} rows, the width scaled by the same factor from the size the file
     * declares: {@code [row][column]}, 0–255, row 0 the top. A box filter both ways, so shrinking averages and
     * growing repeats.
     */
    public int[][] greyRows(int rows) {
        int columns = Math.max(1, (int) Math.round(sourceWidth * (rows / (double) sourceHeight)));
        double[][] across = new double[height][];
        double[] line = new double[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                line[x] = grey(x, y);
            }
            across[y] = box(line, columns);
        }
        int[][] out = new int[rows][columns];
        double[] column = new double[height];
        for (int x = 0; x < columns; x++) {
            for (int y = 0; y < height; y++) {
                column[y] = across[y][x];
            }
            double[] down = box(column, rows);
            for (int y = 0; y < rows; y++) {
                out[y][x] = (int) Math.max(0, Math.min(255, Math.round(down[y])));
            }
        }
        return out;
    }

    /** Each output cell the mean of the input it covers, weighting cells it covers in part. */
    private static double[] box(double[] in, int size) {
        double[] out = new double[size];
        double step = in.length / (double) size;
        for (int i = 0; i < size; i++) {
            double from = i * step;
            double to = Math.min(in.length, from + step);
            double sum = 0;
            double weight = 0;
            for (int j = (int) Math.floor(from); j < Math.ceil(to) && j < in.length; j++) {
                double cover = Math.min(to, j + 1) - Math.max(from, j);
                if (cover > 0) {
                    sum += in[j] * cover;
                    weight += cover;
                }
            }
            out[i] = weight > 0 ? sum / weight : in[Math.min(in.length - 1, (int) from)];
        }
        return out;
    }

    @Override
    public String toString() {
        return format + " " + sourceWidth + " × " + sourceHeight + (grey ? " grey" : "") + ", decoded at " + width + " × " + height;
    }
}
