// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;
import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.riffwire.api.Attachment;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Prompt;
import org.riffwire.api.spec.SpecField;
import org.riffwire.core.api.BadRequestException;
import org.riffwire.core.api.GenerationRequest;
import org.riffwire.core.api.Interpretation;
import org.riffwire.core.api.Studio;

/**
 * The image interpreter in Felix: the default pipeline reads a picture, and thousands of mutated pictures
 * (bytes flipped, set, cut, repeated, header sizes changed) are each refused with one line or read, never crash
 * the runtime: afterwards every bundle is still active and a good picture still makes music.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ImageIT {
    static final int MUTANTS = 3000;

    @Inject
    private Studio studio;

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() throws Exception {
        Path home = Path.of(System.getProperty("riffwire.work"), "image-home");
        Folders.delete(home);
        return options(composite(RuntimeIT.runtimeBundles()), frameworkProperty("riffwire.home").value(home.toString()));
    }

    private static byte[] encode(BufferedImage image, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(format, ImageIO.write(image, format, out));
        return out.toByteArray();
    }

    private static BufferedImage sunset() {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(255, 180, 40), 120, 80, new Color(120, 20, 90)));
        g.fillRect(0, 0, 120, 80);
        g.setColor(new Color(30, 20, 60));
        g.fillOval(30, 40, 60, 30);
        g.dispose();
        return image;
    }

    private static Prompt prompt(String name, byte[] bytes) {
        return Prompt.builder().text("").attach(new Attachment(Attachment.Kind.IMAGE, "image/png", name, bytes)).build();
    }

    @Test
    public void theDefaultPipelineReadsAPictureAndMutatedPicturesNeverCrashIt() throws Exception {
        Interpretation read = studio.interpret(prompt("sunset.png", encode(sunset(), "png")), Studio.DEFAULT_PIPELINE);
        assertTrue(read.spec().get(SpecField.TEMPO).isPresent());
        assertEquals("image", read.spec().value(SpecField.MODE).orElseThrow().provenance().interpreter());

        List<byte[]> seeds = new ArrayList<>();
        for (String format : new String[] {"png", "jpeg", "gif", "bmp", "tiff"}) {
            seeds.add(encode(sunset(), format));
        }
        Random random = new Random(2026);
        int refused = 0;
        int readOk = 0;
        for (int n = 0; n < MUTANTS; n++) {
            byte[] mutant = Mutator.mutate(seeds.get(n % seeds.size()), random);
            try {
                studio.interpret(prompt("mutant-" + n + ".img", mutant), Studio.DEFAULT_PIPELINE);
                readOk++;
            } catch (InvalidPromptException | BadRequestException e) {
                assertTrue(e.getMessage(), e.getMessage().startsWith("mutant-" + n + ".img "));
                assertTrue(e.getMessage(), !e.getMessage().contains("\n"));
                refused++;
            } catch (IllegalArgumentException empty) {
                // An attachment cannot be empty: the Prompt refuses a cut to nothing before the runtime sees it.
                refused++;
            }
        }
        System.out.println("image fuzz: " + MUTANTS + " mutants, " + readOk + " read, " + refused + " refused with one line");
        for (Bundle b : context.getBundles()) {
            if (b.getHeaders().get("Fragment-Host") == null) {
                assertEquals(b.getSymbolicName() + " is still active", Bundle.ACTIVE, b.getState());
            }
        }
        Path out = Path.of(System.getProperty("riffwire.work"), "after-fuzz.mid");
        studio.generate(new GenerationRequest(prompt("sunset.png", encode(sunset(), "png")), Studio.DEFAULT_PIPELINE, 1L,
                List.of(out), false, null));
        assertTrue(java.nio.file.Files.size(out) > 100);
    }

    /** Small random damage of the kinds broken downloads and hostile files show. */
    static final class Mutator {
        private Mutator() {
        }

        static byte[] mutate(byte[] seed, Random random) {
            byte[] b = seed.clone();
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                switch (random.nextInt(6)) {
                    case 0 -> b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                    case 1 -> b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                    case 2 -> b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
                    case 3 -> {
                        // A header integer (sizes, lengths, offsets sit in the first bytes) set to an extreme.
                        int at = random.nextInt(Math.min(b.length, 64));
                        int[] extremes = {0, 0xFF, 0x7F, 0x80};
                        for (int i = at; i < Math.min(b.length, at + 4); i++) {
                            b[i] = (byte) extremes[random.nextInt(extremes.length)];
                        }
                    }
                    case 4 -> {
                        int from = random.nextInt(b.length);
                        int length = Math.min(b.length - from, 1 + random.nextInt(64));
                        byte[] longer = new byte[b.length + length];
                        System.arraycopy(b, 0, longer, 0, from + length);
                        System.arraycopy(b, from, longer, from + length, b.length - from);
                        b = longer;
                    }
                    default -> {
                        int from = random.nextInt(b.length);
                        int length = Math.min(b.length - from, 1 + random.nextInt(64));
                        byte[] shorter = new byte[b.length - length];
                        System.arraycopy(b, 0, shorter, 0, from);
                        System.arraycopy(b, from + length, shorter, from, b.length - from - length);
                        b = shorter;
                    }
                }
                if (b.length == 0) {
                    return b;
                }
            }
            return b;
        }
    }
}
