// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.riffwire.api.Attachment;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Prompt;
import org.riffwire.api.PromptInterpreter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.Arc;
import org.riffwire.api.spec.Dynamics;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.api.spec.Strength;
import org.riffwire.testkit.InterpreterConformance;

class ImageInterpreterTest extends InterpreterConformance {
    private final ImageInterpreter interpreter = new ImageInterpreter();

    @Override
    protected PromptInterpreter interpreter() {
        return interpreter;
    }

    @Override
    protected List<String> samplePrompts() {
        return List.of("a jig", "a calm piano piece", "");
    }

    static byte[] png(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static BufferedImage filled(Color... stripes) {
        BufferedImage image = new BufferedImage(160, 90, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int i = 0; i < stripes.length; i++) {
            g.setColor(stripes[i]);
            g.fillRect(i * 160 / stripes.length, 0, 160 / stripes.length + 1, 90);
        }
        g.dispose();
        return image;
    }

    private MusicSpec read(BufferedImage image) throws Exception {
        return MusicSpec.merge(List.of(patch(image)));
    }

    private SpecPatch patch(BufferedImage image) throws Exception {
        Prompt prompt = Prompt.builder().text("").attach(new Attachment(Attachment.Kind.IMAGE, "image/png", "picture.png", png(image))).build();
        return interpreter.interpret(prompt);
    }

    @Test
    void aPromptWithoutAPictureReadsNothing() throws Exception {
        assertTrue(interpreter.interpret(Prompt.of("a jig")).isEmpty());
    }

    @Test
    void aBrightWarmColourfulPictureIsFasterLouderHigherAndMajorAgainstADarkGreyBlueOne() throws Exception {
        MusicSpec sunny = read(filled(new Color(255, 200, 40), new Color(255, 120, 30), new Color(250, 230, 90)));
        MusicSpec night = read(filled(new Color(20, 25, 45), new Color(35, 40, 60), new Color(15, 20, 30)));
        assertEquals(Mode.MAJOR, sunny.get(SpecField.MODE).orElseThrow());
        assertEquals(Mode.MINOR, night.get(SpecField.MODE).orElseThrow());
        assertTrue(sunny.tempo().orElseThrow() > night.tempo().orElseThrow() + 30, sunny.tempo() + " against " + night.tempo());
        assertTrue(sunny.get(SpecField.DYNAMICS).orElseThrow().compareTo(night.get(SpecField.DYNAMICS).orElseThrow()) > 0);
        assertTrue(sunny.get(SpecField.REGISTER).orElseThrow() > night.get(SpecField.REGISTER).orElseThrow());
        for (var v : sunny.values()) {
            assertEquals(Strength.INFERRED, v.strength(), v.field() + " is a guess, never explicit");
            assertTrue(v.provenance().words().get(0).startsWith("image picture.png: lightness"), v.provenance().describe());
        }
    }

    @Test
    void theArcFollowsLightnessFromLeftToRightAndAnEvenPictureHasNone() throws Exception {
        MusicSpec dawn = read(filled(new Color(10, 10, 20), new Color(60, 60, 80), new Color(140, 130, 120), new Color(240, 230, 200)));
        Arc arc = dawn.get(SpecField.ARC).orElseThrow();
        double[] levels = arc.levels();
        for (int i = 1; i < levels.length; i++) {
            assertTrue(levels[i] >= levels[i - 1], arc.toString());
        }
        assertTrue(levels[levels.length - 1] - levels[0] > 0.8, arc.toString());
        assertTrue(read(filled(new Color(120, 120, 120))).get(SpecField.ARC).isEmpty());
    }

    @Test
    void theDescriptionNamesLightColourAndTextureAndTheDominantColours() throws Exception {
        PictureFeatures night = PictureFeatures.measure(new org.riffwire.image.PictureDecoder()
                .decode(png(filled(new Color(0, 0, 110), new Color(15, 20, 40))), "night.png", PictureFeatures.PIXELS));
        String description = Description.of(night);
        assertTrue(description.startsWith("dark, "), description);
        assertTrue(description.contains("bluish"), description);
        assertTrue(description.contains("smooth"), description);
        assertTrue(description.contains("navy"), description);
    }

    /** Random pictures of coloured blobs, each against its copy darkened to half and 60% of the way to grey. */
    @Test
    void aDarkerGreyerCopyIsNeverHappierAndAlmostAlwaysSlowerMinorOrQuieter() throws Exception {
        Random random = new Random(11);
        int followed = 0;
        int pictures = 120;
        for (int n = 0; n < pictures; n++) {
            BufferedImage original = new BufferedImage(96, 64, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = original.createGraphics();
            g.setColor(new Color(random.nextInt(0x1000000)));
            g.fillRect(0, 0, 96, 64);
            for (int b = 0; b < 12; b++) {
                g.setColor(new Color(random.nextInt(0x1000000)));
                g.fillOval(random.nextInt(96) - 10, random.nextInt(64) - 10, 5 + random.nextInt(40), 5 + random.nextInt(30));
            }
            g.dispose();
            BufferedImage copy = new BufferedImage(96, 64, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 64; y++) {
                for (int x = 0; x < 96; x++) {
                    int p = original.getRGB(x, y);
                    double r = ((p >> 16) & 0xFF) * 0.5;
                    double gr = ((p >> 8) & 0xFF) * 0.5;
                    double bl = (p & 0xFF) * 0.5;
                    double grey = 0.299 * r + 0.587 * gr + 0.114 * bl;
                    copy.setRGB(x, y, new Color((int) (r + 0.6 * (grey - r)), (int) (gr + 0.6 * (grey - gr)),
                            (int) (bl + 0.6 * (grey - bl))).getRGB());
                }
            }
            MusicSpec a = read(original);
            MusicSpec b = read(copy);
            assertTrue(b.get(SpecField.VALENCE).orElseThrow() <= a.get(SpecField.VALENCE).orElseThrow(), "picture " + n);
            assertTrue(!(b.get(SpecField.MODE).orElseThrow() == Mode.MAJOR && a.get(SpecField.MODE).orElseThrow() == Mode.MINOR));
            Dynamics da = a.get(SpecField.DYNAMICS).orElseThrow();
            Dynamics db = b.get(SpecField.DYNAMICS).orElseThrow();
            if (b.tempo().orElseThrow() < a.tempo().orElseThrow() || db.compareTo(da) < 0
                    || (b.get(SpecField.MODE).orElseThrow() == Mode.MINOR && a.get(SpecField.MODE).orElseThrow() == Mode.MAJOR)) {
                followed++;
            }
        }
        assertTrue(followed >= pictures * 0.9, followed + " of " + pictures);
    }

    @Test
    void aBrokenPictureIsRefusedNamingIt() {
        Prompt prompt = Prompt.builder().text("").attach(new Attachment(Attachment.Kind.IMAGE, "image/png", "dusk.png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3})).build();
        InvalidPromptException e = assertThrows(InvalidPromptException.class, () -> interpreter.interpret(prompt));
        assertTrue(e.getMessage().startsWith("dusk.png "), e.getMessage());
    }
}
