// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

/**
 * Decodes a user's picture without trusting it. The file's size and the pixel count its header declares are
 * checked before any pixel is decoded (a 40-byte PNG may declare 30000 × 30000 pixels); pixels are decoded at a
 * reduced resolution chosen up front by subsampling, so memory follows what the caller needs rather than what
 * the file says; only the first frame of an animation is read; every reader is disposed. PNG, JPEG, GIF, BMP and
 * TIFF use the JDK's readers, WebP TwelveMonkeys' reader, created here rather than looked up in ImageIO's global
 * registry. A file that is truncated, broken or of another kind is refused with one line naming it.
 */
public final class PictureDecoder {
    /** The largest file decoded: 16 MiB, the runtime's attachment limit. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    /** The most pixels a file may declare: 100 megapixels (a 10000 × 10000 picture). */
    public static final long MAX_PIXELS = 100_000_000L;

    private static final ImageReaderSpi WEBP = new WebPImageReaderSpi();

    /**
     * @param name the file's name, for messages
     * @param targetPixels about how many pixels the caller needs; larger pictures are decoded subsampled, by the
     *        smallest whole factor that brings them within it
     */
    public Picture decode(byte[] bytes, String name, long targetPixels) throws UnreadableImageException {
        if (bytes.length == 0) {
            throw new UnreadableImageException(name + " is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableImageException(String.format(Locale.ROOT, "%s is %.1f MiB; pictures are limited to %d MiB",
                    name, bytes.length / 1048576.0, MAX_BYTES / 1048576));
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(in, name);
            try {
                return read(reader, in, name, targetPixels);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UnreadableImageException(name + " cannot be decoded: " + oneLine(e), e);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // Readers meet broken data with all kinds of unchecked errors; none of them may escape as a crash.
            throw new UnreadableImageException(name + " cannot be decoded: broken data (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + oneLine(e)) + ")", e);
        }
    }

    private static ImageReader reader(ImageInputStream in, String name) throws IOException, UnreadableImageException {
        boolean webp;
        try {
            webp = WEBP.canDecodeInput(in);
        } catch (java.io.EOFException tooShortForAWebpHeader) {
            webp = false;
        }
        in.seek(0);
        if (webp) {
            return WEBP.createReaderInstance();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new UnreadableImageException(name + " is not a PNG, JPEG, GIF, BMP, TIFF or WebP picture");
        }
        return readers.next();
    }

    private static Picture read(ImageReader reader, ImageInputStream in, String name, long targetPixels)
            throws IOException, UnreadableImageException {
        in.seek(0);
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        long pixels = (long) width * height;
        if (width <= 0 || height <= 0) {
            throw new UnreadableImageException(name + " declares " + width + " × " + height + " pixels");
        }
        if (pixels > MAX_PIXELS) {
            throw new UnreadableImageException(String.format(Locale.ROOT,
                    "%s declares %d × %d pixels (%.0f megapixels); pictures are limited to %d megapixels", name, width,
                    height, pixels / 1e6, MAX_PIXELS / 1_000_000));
        }
        int step = (int) Math.max(1, Math.ceil(Math.sqrt(pixels / (double) Math.max(1, targetPixels))));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        List<String> warnings = new ArrayList<>();
        IIOReadWarningListener listener = (source, warning) -> warnings.add(warning);
        reader.addIIOReadWarningListener(listener);
        BufferedImage image = reader.read(0, param);
        for (String warning : warnings) {
            // The JDK's JPEG reader fills a cut-off file with grey and only warns; a cut-off picture is refused.
            String w = warning.toLowerCase(Locale.ROOT);
            if (w.contains("premature") || w.contains("truncat") || w.contains("corrupt")) {
                throw new UnreadableImageException(name + " is damaged: " + warning);
            }
        }
        return picture(image, width, height, reader.getFormatName().toLowerCase(Locale.ROOT));
    }

    /** The pixels in sRGB over white; one grey channel is read as it is stored, not through getRGB's gamma. */
    static Picture picture(BufferedImage image, int sourceWidth, int sourceHeight, String format) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = new int[w * h];
        Raster raster = image.getRaster();
        boolean grey = image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && !(image.getColorModel() instanceof IndexColorModel) && image.getColorModel().getNumColorComponents() == 1;
        if (grey) {
            int bits = image.getColorModel().getComponentSize(0);
            double scale = 255.0 / ((1L << bits) - 1);
            boolean alpha = image.getColorModel().hasAlpha();
            double alphaScale = alpha ? 1.0 / ((1L << image.getColorModel().getComponentSize(1)) - 1) : 1;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double v = raster.getSample(x, y, 0) * scale;
                    if (alpha) {
                        double a = raster.getSample(x, y, 1) * alphaScale;
                        v = v * a + 255 * (1 - a);
                    }
                    int g = (int) Math.max(0, Math.min(255, Math.round(v)));
                    rgb[y * w + x] = g << 16 | g << 8 | g;
                }
            }
        } else {
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                image.getRGB(0, y, w, 1, row, 0, w);
                for (int x = 0; x < w; x++) {
                    int p = row[x];
                    int a = p >>> 24;
                    if (a < 255) {
                        p = over(p, a);
                    }
                    rgb[y * w + x] = p & 0xFFFFFF;
                }
            }
        }
        return new Picture(w, h, sourceWidth, sourceHeight, format, grey, rgb);
    }

    private static int over(int argb, int alpha) {
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int c = (argb >> shift) & 0xFF;
            out |= ((c * alpha + 255 * (255 - alpha) + 127) / 255) << shift;
        }
        return out;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").trim();
    }
}
