// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.image;

/** CIELAB (D65) of sRGB pixels, the space lightness, chroma and hue are measured in. */
record Lab(double l, double a, double b) {
    private static final double[] LINEAR = new double[256];

    static {
        for (int i = 0; i < 256; i++) {
            double c = i / 255.0;
            LINEAR[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
    }

    static Lab of(int rgb) {
        double r = LINEAR[(rgb >> 16) & 0xFF];
        double g = LINEAR[(rgb >> 8) & 0xFF];
        double bl = LINEAR[rgb & 0xFF];
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new Lab(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    double chroma() {
        return Math.hypot(a, b);
    }

    /** The hue angle in degrees, 0–360 (0 red-magenta, 90 yellow, 180 green-cyan, 270 blue). */
    double hue() {
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    double distance(Lab o) {
        return Math.sqrt((l - o.l) * (l - o.l) + (a - o.a) * (a - o.a) + (b - o.b) * (b - o.b));
    }
}
