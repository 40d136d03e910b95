// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PictureDecoderTest {
    static final Path IMAGES = Path.of(System.getProperty("riffwire.testdata", "../../testdata"), "images");
    private final PictureDecoder decoder = new PictureDecoder();

    /** Left half orange, right half navy. */
    static BufferedImage twoColours(int w, int h, int type) {
        BufferedImage image = new BufferedImage(w, h, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(255, 140, 0));
        g.fillRect(0, 0, w / 2, h);
        g.setColor(new Color(0, 0, 128));
        g.fillRect(w / 2, 0, w - w / 2, h);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), "the JDK writes " + format);
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpeg", "gif", "bmp", "tiff"})
    void everyCommonFormatDecodesToTheSameColours(String format) throws Exception {
        Picture p = decoder.decode(encode(twoColours(64, 32, BufferedImage.TYPE_INT_RGB), format), "two." + format, 1 << 20);
        assertEquals(64, p.width());
        assertEquals(32, p.height());
        assertClose(0xFF8C00, p.rgb(10, 16), 12);
        assertClose(0x000080, p.rgb(54, 16), 12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"two-colours-lossless.webp", "two-colours-lossy.webp"})
    void webpDecodesThroughTwelveMonkeys(String file) throws Exception {
        Picture p = decoder.decode(Files.readAllBytes(IMAGES.resolve(file)), file, 1 << 20);
        assertEquals("webp", p.format());
        assertEquals(64, p.width());
        assertClose(0xFF8C00, p.rgb(10, 16), 20);
        assertClose(0x000080, p.rgb(54, 16), 20);
    }

    @Test
    void aLargePictureIsDecodedSubsampledToAboutTheTarget() throws Exception {
        Picture p = decoder.decode(encode(twoColours(2000, 1000, BufferedImage.TYPE_INT_RGB), "png"), "big.png", 20_000);
        assertEquals(2000, p.sourceWidth());
        assertEquals(1000, p.sourceHeight());
        assertTrue(p.width() * p.height() <= 20_000, p.toString());
        assertTrue(p.width() * p.height() >= 20_000 / 4, p.toString());
        assertClose(0xFF8C00, p.rgb(p.width() / 4, p.height() / 2), 2);
    }

    @Test
    void greyIsReadAsStoredNotBrightenedAndTransparencyLiesOverWhite() throws Exception {
        BufferedImage grey = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        Arrays.fill(((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData(), (byte) 128);
        Picture p = decoder.decode(encode(grey, "png"), "grey.png", 1 << 20);
        assertTrue(p.isGrey());
        assertEquals(128, p.grey(3, 3));
        assertTrue(((grey.getRGB(3, 3) >> 16) & 0xFF) > 150, "getRGB would have brightened it");

        BufferedImage clear = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
        Picture white = decoder.decode(encode(clear, "png"), "clear.png", 1 << 20);
        assertEquals(0xFFFFFF, white.rgb(2, 2));
    }

    @Test
    void anAnimationGivesItsFirstFrame() throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (Color c : new Color[] {Color.RED, Color.BLUE, Color.GREEN}) {
                BufferedImage frame = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = frame.createGraphics();
                g.setColor(c);
                g.fillRect(0, 0, 16, 16);
                g.dispose();
                IIOMetadata metadata = writer.getDefaultImageMetadata(new javax.imageio.ImageTypeSpecifier(frame), null);
                writer.writeToSequence(new IIOImage(frame, null, metadata), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        Picture p = decoder.decode(bytes.toByteArray(), "three.gif", 1 << 20);
        assertClose(0xFF0000, p.rgb(8, 8), 2);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderAtOnce() {
        byte[] bomb = pngHeaderOnly(30_000, 30_000);
        long start = System.nanoTime();
        UnreadableImageException e = assertThrows(UnreadableImageException.class, () -> decoder.decode(bomb, "bomb.png", 1 << 20));
        assertEquals("bomb.png declares 30000 × 30000 pixels (900 megapixels); pictures are limited to 100 megapixels", e.getMessage());
        assertTrue(System.nanoTime() - start < 1_000_000_000L);
    }

    @Test
    void brokenFilesAreRefusedWithOneLineNamingThem() throws Exception {
        byte[] png = encode(twoColours(64, 64, BufferedImage.TYPE_INT_RGB), "png");
        byte[] jpeg = encode(twoColours(64, 64, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] gif = encode(twoColours(64, 64, BufferedImage.TYPE_INT_RGB), "gif");
        byte[] webp = Files.readAllBytes(IMAGES.resolve("two-colours-lossy.webp"));
        for (byte[] cut : new byte[][] {cut(png), cut(jpeg), cut(gif), cut(webp)}) {
            UnreadableImageException e = assertThrows(UnreadableImageException.class, () -> decoder.decode(cut, "cut.img", 1 << 20));
            assertTrue(e.getMessage().startsWith("cut.img "), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        }
        assertEquals("notes.txt is not a PNG, JPEG, GIF, BMP, TIFF or WebP picture", assertThrows(UnreadableImageException.class,
                () -> decoder.decode("just words".getBytes(), "notes.txt", 1 << 20)).getMessage());
        assertEquals("three.png is not a PNG, JPEG, GIF, BMP, TIFF or WebP picture", assertThrows(UnreadableImageException.class,
                () -> decoder.decode(new byte[] {1, 2, 3}, "three.png", 1 << 20)).getMessage());
        assertEquals("empty.png is empty", assertThrows(UnreadableImageException.class,
                () -> decoder.decode(new byte[0], "empty.png", 1 << 20)).getMessage());
        assertTrue(assertThrows(UnreadableImageException.class,
                () -> decoder.decode(new byte[PictureDecoder.MAX_BYTES + 1], "huge.png", 1 << 20)).getMessage()
                .startsWith("huge.png is 16.0 MiB; pictures are limited to 16 MiB"));
    }

    private static byte[] cut(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length * 2 / 3);
    }

    /** A PNG signature and IHDR that declare a size, and nothing else. */
    static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(8 + 25);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        b.putInt(13);
        byte[] chunk = ByteBuffer.allocate(17).put("IHDR".getBytes()).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        b.put(chunk);
        CRC32 crc = new CRC32();
        crc.update(chunk);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    static void assertClose(int expected, int actual, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 0xFF;
            int a = (actual >> shift) & 0xFF;
            assertTrue(Math.abs(e - a) <= tolerance, String.format("expected %06X, got %06X", expected, actual));
        }
    }
}
