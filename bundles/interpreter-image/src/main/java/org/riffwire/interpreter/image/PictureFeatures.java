// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.riffwire.image.Picture;

/**
 * What a picture shows that colour–emotion research ties to music, measured in CIELAB.
 *
 * @param lightness mean L*, 0 (black) to 100 (white)
 * @param chroma mean C*ab: how far from grey, on average
 * @param colourfulness Hasler and Süsstrunk's (2003) metric on sRGB: about 0 grey, 33 moderately, 82+ extremely
 *        colourful
 * @param warmth the chroma-weighted share of warm hues (reds, oranges, yellows) minus that of cool ones (cyans,
 *        blues, violets), -1 to 1, scaled down for nearly grey pictures
 * @param contrast the standard deviation of L*
 * @param edgeDensity the share of pixels on an edge (a Sobel gradient of L* over 40)
 * @param dominant the most common colours by name, with their shares, largest first
 * @param profile mean L* of eight vertical strips, left to right
 */
record PictureFeatures(double lightness, double chroma, double colourfulness, double warmth, double contrast,
        double edgeDensity, Map<String, Double> dominant, double[] profile) {
    static final int STRIPS = 8;
    static final double EDGE_GRADIENT = 40;
    /** Pixels a picture is decoded at for measuring: enough for colour statistics and edges. */
    static final long PIXELS = 256L * 256;

    static PictureFeatures measure(Picture picture) {
        int w = picture.width();
        int h = picture.height();
        int n = w * h;
        double[] l = new double[n];
        double sumL = 0;
        double sumL2 = 0;
        double sumC = 0;
        double warm = 0;
        double cool = 0;
        double chromatic = 0;
        double sumRg = 0;
        double sumRg2 = 0;
        double sumYb = 0;
        double sumYb2 = 0;
        double[] strip = new double[STRIPS];
        int[] stripCount = new int[STRIPS];
        List<Lab> sample = new ArrayList<>();
        int sampleStep = Math.max(1, n / 4096);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int rgb = picture.rgb(x, y);
                Lab lab = Lab.of(rgb);
                l[i] = lab.l();
                sumL += lab.l();
                sumL2 += lab.l() * lab.l();
                double c = lab.chroma();
                sumC += c;
                if (c > 10) {
                    double hue = lab.hue();
                    chromatic += c;
                    // CIELAB hue angles: red about 40, yellow 100, green 136, cyan 196, blue 306, magenta 328.
                    if (hue < 100 || hue >= 345) {
                        warm += c;
                    } else if (hue >= 150 && hue < 320) {
                        cool += c;
                    }
                }
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                double rg = r - g;
                double yb = 0.5 * (r + g) - b;
                sumRg += rg;
                sumRg2 += rg * rg;
                sumYb += yb;
                sumYb2 += yb * yb;
                int s = Math.min(STRIPS - 1, x * STRIPS / w);
                strip[s] += lab.l();
                stripCount[s]++;
                if (i % sampleStep == 0) {
                    sample.add(lab);
                }
            }
        }
        double meanL = sumL / n;
        double meanC = sumC / n;
        double contrast = Math.sqrt(Math.max(0, sumL2 / n - meanL * meanL));
        double muRg = sumRg / n;
        double muYb = sumYb / n;
        double sdRg = Math.sqrt(Math.max(0, sumRg2 / n - muRg * muRg));
        double sdYb = Math.sqrt(Math.max(0, sumYb2 / n - muYb * muYb));
        double colourfulness = Math.hypot(sdRg, sdYb) + 0.3 * Math.hypot(muRg, muYb);
        double warmth = chromatic == 0 ? 0 : (warm - cool) / chromatic * Math.min(1, meanC / 20);
        double[] profile = new double[STRIPS];
        for (int s = 0; s < STRIPS; s++) {
            profile[s] = stripCount[s] == 0 ? meanL : strip[s] / stripCount[s];
        }
        return new PictureFeatures(meanL, meanC, colourfulness, warmth, contrast, edges(l, w, h), dominant(sample), profile);
    }

    private static double edges(double[] l, int w, int h) {
        if (w < 3 || h < 3) {
            return 0;
        }
        int on = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                double gx = l[(y - 1) * w + x + 1] + 2 * l[y * w + x + 1] + l[(y + 1) * w + x + 1]
                        - l[(y - 1) * w + x - 1] - 2 * l[y * w + x - 1] - l[(y + 1) * w + x - 1];
                double gy = l[(y + 1) * w + x - 1] + 2 * l[(y + 1) * w + x] + l[(y + 1) * w + x + 1]
                        - l[(y - 1) * w + x - 1] - 2 * l[(y - 1) * w + x] - l[(y - 1) * w + x + 1];
                if (Math.hypot(gx, gy) > EDGE_GRADIENT) {
                    on++;
                }
            }
        }
        return on / (double) ((w - 2) * (h - 2));
    }

    /** k-means (k = 5) in CIELAB from centres spread over lightness; clusters named and merged by name. */
    private static Map<String, Double> dominant(List<Lab> sample) {
        int k = Math.min(5, sample.size());
        List<Lab> sorted = new ArrayList<>(sample);
        sorted.sort((p, q) -> Double.compare(p.l(), q.l()));
        Lab[] centres = new Lab[k];
        for (int c = 0; c < k; c++) {
            centres[c] = sorted.get((int) ((c + 0.5) * sorted.size() / k));
        }
        int[] assigned = new int[sample.size()];
        for (int iteration = 0; iteration < 10; iteration++) {
            double[][] sums = new double[k][4];
            for (int i = 0; i < sample.size(); i++) {
                Lab p = sample.get(i);
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (p.distance(centres[c]) < p.distance(centres[best])) {
                        best = c;
                    }
                }
                assigned[i] = best;
                sums[best][0] += p.l();
                sums[best][1] += p.a();
                sums[best][2] += p.b();
                sums[best][3]++;
            }
            for (int c = 0; c < k; c++) {
                if (sums[c][3] > 0) {
                    centres[c] = new Lab(sums[c][0] / sums[c][3], sums[c][1] / sums[c][3], sums[c][2] / sums[c][3]);
                }
            }
        }
        double[] share = new double[k];
        for (int a : assigned) {
            share[a] += 1.0 / sample.size();
        }
        Map<String, Double> byName = new LinkedHashMap<>();
        for (int c = 0; c < k; c++) {
            if (share[c] > 0) {
                byName.merge(ColourNames.nameOf(centres[c]), share[c], Double::sum);
            }
        }
        List<Map.Entry<String, Double>> entries = new ArrayList<>(byName.entrySet());
        entries.sort((p, q) -> Double.compare(q.getValue(), p.getValue()));
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : entries) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    @Override
    public double[] profile() {
        return profile.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PictureFeatures f && f.lightness == lightness && f.chroma == chroma
                && f.colourfulness == colourfulness && f.warmth == warmth && f.contrast == contrast
                && f.edgeDensity == edgeDensity && f.dominant.equals(dominant) && Arrays.equals(f.profile, profile);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(lightness, chroma, colourfulness, warmth, contrast, edgeDensity, dominant,
                Arrays.hashCode(profile));
    }
}
