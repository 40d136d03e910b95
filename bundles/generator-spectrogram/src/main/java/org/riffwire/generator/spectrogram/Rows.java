// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.spectrogram;

import org.riffwire.image.Picture;

/** A picture's grey levels resampled to a given number of rows, its width scaled by the same factor. */
final class Rows {
    private Rows() {
    }

    /** {@code [row][column]} grey levels, 0–255, row 0 the top; box-filtered both ways, so shrinking averages. */
    static int[][] scaled(Picture picture, int rows) {
        int w = picture.width();
        int h = picture.height();
        double factor = rows / (double) picture.sourceHeight();
        int columns = Math.max(1, (int) Math.round(picture.sourceWidth() * factor));
        double[][] grey = new double[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                grey[y][x] = picture.grey(x, y);
            }
        }
        double[][] across = new double[h][];
        for (int y = 0; y < h; y++) {
            across[y] = box(grey[y], columns);
        }
        int[][] out = new int[rows][columns];
        double[] column = new double[h];
        for (int x = 0; x < columns; x++) {
            for (int y = 0; y < h; y++) {
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
    static double[] box(double[] in, int size) {
        double[] out = new double[size];
        if (size == in.length) {
            System.arraycopy(in, 0, out, 0, size);
            return out;
        }
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
}
