// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs ./riffwire as a user would, as a separate process, and checks exit codes, messages and files. */
class CommandLineIT {
    private static Path root;
    private static Path work;

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void locate() throws IOException {
        root = Path.of(System.getProperty("riffwire.root")).toAbsolutePath().normalize();
        work = Path.of(System.getProperty("riffwire.work"), "cli-it").toAbsolutePath();
        Files.createDirectories(work);
    }

    static Result riffwire(String... args) throws Exception {
        return riffwireIn(work.resolve("home"), args);
    }

    /** ./riffwire with its pipelines, models and caches in {@code home}. */
    static Result riffwireIn(Path home, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("riffwire").toString());
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
        // Each test run keeps its pipelines and caches in its own home folder, not the user's.
        pb.environment().put("RIFFWIRE_HOME", home.toString());
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("riffwire did not finish: " + command);
        }
        Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack traces: " + r.err());
        return r;
    }

    @Test
    void folkSongInAPitchSetHonoursEveryConstraint() throws Exception {
        Path song = work.resolve("song.mid");
        Files.deleteIfExists(song);
        Result r = riffwire("generate", "-o", song.toString(), "a gentle folk song that only uses A, B, C#, F#, and G, "
                + "at 100 bpm, 20 seconds, for flute and acoustic guitar");
        assertEquals(0, r.code(), r.err());
        MidiFacts midi = new MidiFacts(song.toFile());
        assertTrue(Set.of(9, 11, 1, 6, 7).containsAll(midi.pitchClasses()), "pitch classes " + midi.pitchClasses());
        assertEquals(100.0, midi.tempo, 0.01);
        assertEquals(20.0, midi.seconds, 1.0);
        assertTrue(midi.programs().contains(73), "flute");
        assertTrue(midi.programs().contains(24) || midi.programs().contains(25), "a guitar");
        assertFalse(midi.hasDrums());
    }

    /**
     * A written tune is played note for note as abc2midi plays it: its pick-up, its part order, first and second
     * endings, a note below the flute's range, and nothing added after its last note.
     */
    @Test
    void aWrittenTuneSoundsAsAbc2MidiPlaysIt() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/abc2midi")), "no abc2midi");
        String tune = String.join("\n", "X:1", "T:Test reel", "P:ABA", "M:4/4", "L:1/8", "Q:1/4=120", "K:G", "P:A",
                "D|:G2BG dGBd|c2ec BcdB|1 A2FA DAFA:|2 A2F2 G3 A,||", "P:B",
                "|:g2bg ageg|f2af g2fe|dBAF GABc|1 d2B2 A3:|2 d2B2 G3|]");
        Path ours = work.resolve("tune.mid");
        Result r = riffwire("generate", "-o", ours.toString(), "played on a flute:\n```abc\n" + tune + "\n```");
        assertEquals(0, r.code(), r.err());
        Path abc = Files.writeString(work.resolve("tune.abc"), tune + "\n");
        Path theirs = work.resolve("tune-abc2midi.mid");
        Process p = new ProcessBuilder("/usr/bin/abc2midi", abc.toString(), "-o", theirs.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        List<String> expected = new MidiFacts(theirs.toFile()).pitched().stream()
                .map(n -> Math.round(n.start() * 100) + ":" + n.pitch()).toList();
        MidiFacts played = new MidiFacts(ours.toFile());
        List<String> melody = played.pitched().stream().filter(n -> n.channel() == 0)
                .map(n -> Math.round(n.start() * 100) + ":" + n.pitch()).toList();
        assertEquals(expected, melody, "the melody, as centiseconds:pitch");
        double lastEnd = played.notes.stream().mapToDouble(MidiFacts.PlayedNote::end).max().orElseThrow();
        double tuneEnd = new MidiFacts(theirs.toFile()).notes.stream().mapToDouble(MidiFacts.PlayedNote::end).max()
                .orElseThrow();
        assertTrue(lastEnd <= tuneEnd + 0.3, "nothing sounds after the tune: " + lastEnd + " against " + tuneEnd);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static long systemTempEntries(String prefix) throws IOException {
        try (java.util.stream.Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith(prefix)).count();
        }
    }

    @Test
    void aKilledRunLeavesNothingInTheSystemTempFolderAndTheNextRunClearsItsOwn() throws Exception {
        Path home = work.resolve("kill-home");
        Path out = work.resolve("killed");
        deleteTree(out);
        Files.createDirectories(out);
        long before = systemTempEntries("onnxruntime-java");
        // Words no rule reads load the sentence-embedding model, and with it ONNX Runtime's native libraries.
        ProcessBuilder pb = new ProcessBuilder(root.resolve("riffwire").toString(), "generate", "-o",
                out.resolve("killed.wav").toString(), "a wistful reverie of moonlit lanterns over a quiet harbour, "
                        + "40 seconds").directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("RIFFWIRE_HOME", home.toString());
        Process p = pb.start();
        Thread.sleep(2500);
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertEquals(before, systemTempEntries("onnxruntime-java"), "ONNX Runtime unpacked into the system's /tmp");
        Path runs = home.resolve("cache/tmp");
        assertTrue(Files.isDirectory(runs.resolve("run-" + p.pid())), "the killed run's own temporary folder");
        // The next run deletes the killed run's temporary folder, and its temporaries beside the outputs once it
        // writes into the same folder.
        assertEquals(0, riffwireIn(home, "generate", "-o", out.resolve("next.mid").toString(), "a march, 8 bars").code());
        assertFalse(Files.exists(runs.resolve("run-" + p.pid())), "the next start deletes the killed run's folder");
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of("next.mid"), left.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void twoRuntimesCreatingOnePipelineGiveOneSuccessAndOneRefusal() throws Exception {
        Path home = work.resolve("race-home");
        deleteTree(home);
        for (int round = 0; round < 3; round++) {
            String name = "race" + round;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.Future<Result> first = pool.submit(() -> riffwireIn(home, "pipeline", "create",
                        name, "--generator", "symbolic", "--set", "genre=jazz"));
                java.util.concurrent.Future<Result> second = pool.submit(() -> riffwireIn(home, "pipeline", "create",
                        name, "--generator", "symbolic", "--set", "genre=waltz"));
                List<Result> results = List.of(first.get(), second.get());
                assertEquals(1, results.stream().filter(r -> r.code() == 0).count(), results.toString());
                Result refused = results.stream().filter(r -> r.code() != 0).findFirst().orElseThrow();
                assertEquals(2, refused.code(), refused.err());
                assertTrue(refused.err().contains("pipeline " + name + " exists"), refused.err());
                String winner = results.get(0).code() == 0 ? "jazz" : "waltz";
                Result shown = riffwireIn(home, "pipeline", "show", name);
                assertTrue(shown.out().contains("genre=" + winner), "the success is the one kept: " + shown.out());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherPiece() throws Exception {
        Path a = work.resolve("a.mid");
        Path b = work.resolve("b.mid");
        Path c = work.resolve("c.mid");
        String prompt = "an upbeat reggae tune in G major with drums";
        assertEquals(0, riffwire("generate", "--seed", "7", "-o", a.toString(), prompt).code());
        assertEquals(0, riffwire("generate", "--seed", "7", "-o", b.toString(), prompt).code());
        assertEquals(0, riffwire("generate", "--seed", "8", "-o", c.toString(), prompt).code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
    }

    @Test
    void withoutOutputItWritesIntoOut() throws Exception {
        Result r = riffwire("generate", "a short march, 8 bars");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(work.resolve("out/a-short-march-8-bars.mid")), r.out());
    }

    @Test
    void jsonPrintsTheResolvedSpec() throws Exception {
        Result r = riffwire("interpret", "--json", "a waltz in E minor at 80 bpm");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"tempo\": {\"value\": 80.0"), r.out());
        assertTrue(r.out().contains("\"key\": \"E minor\""), r.out());
    }

    @Test
    void emptyAndHugePromptsAreBadInput() throws Exception {
        Result empty = riffwire("generate", "   ");
        assertEquals(2, empty.code());
        assertEquals(1, empty.err().strip().lines().count(), empty.err());
        assertTrue(empty.err().contains("empty"));
        Result huge = riffwire("generate", "la ".repeat(1500));
        assertEquals(2, huge.code());
        assertTrue(huge.err().contains("4096"), huge.err());
    }

    @Test
    void unknownExtensionAndUnwritablePathsLeaveNoFile() throws Exception {
        Path odd = work.resolve("tune.xyz");
        Result r = riffwire("generate", "-o", odd.toString(), "a folk song");
        assertEquals(2, r.code());
        assertTrue(r.err().contains(".xyz"), r.err());
        assertFalse(Files.exists(odd));

        Path blocker = work.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        Path inside = blocker.resolve("song.mid");
        Result blocked = riffwire("generate", "-o", inside.toString(), "a folk song");
        assertEquals(2, blocked.code());
        assertTrue(blocked.err().contains("cannot write"), blocked.err());

        Path good = work.resolve("good-but-not-written.mid");
        Files.deleteIfExists(good);
        Result partial = riffwire("generate", "-o", good.toString(), "-o", "/proc/riffwire-denied/x.mid", "a folk song");
        assertEquals(2, partial.code());
        assertFalse(Files.exists(good), "no output is written when another cannot be");
        try (Stream<Path> files = Files.list(work)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporaries left");
        }
    }

    @Test
    void attachedFilesAreCheckedFirstAndAnUnreadImageIsRefused() throws Exception {
        Path missing = work.resolve("missing.png");
        Result gone = riffwire("generate", "--image", missing.toString(), "a waltz");
        assertEquals(2, gone.code());
        assertEquals("riffwire: --image " + missing + ": no such file", gone.err().strip());

        Path png = work.resolve("dusk.png");
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(picture, "png", png.toFile());
        Path out = work.resolve("dusk.mid");
        Files.deleteIfExists(out);
        assertEquals(0, riffwire("pipeline", "create", "words-only", "--interpreters", "keyword,notes").code());
        Result refused = riffwire("generate", "-p", "words-only", "--image", png.toString(), "-o", out.toString(), "a waltz");
        assertEquals(2, refused.code());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertTrue(refused.err().contains("has no image interpreter to read dusk.png"), refused.err());
        assertFalse(Files.exists(out));
        assertEquals(0, riffwire("pipeline", "delete", "words-only").code());

        Result strength = riffwire("generate", "--init", png.toString(), "--strength", "2", "a waltz");
        assertEquals(2, strength.code());
        assertTrue(strength.err().contains("--strength is a number in (0, 1]"), strength.err());
    }

    private static Path picture(String name, java.awt.Color left, java.awt.Color right) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(200, 120, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, left, 200, 0, right));
        g.fillRect(0, 0, 200, 120);
        g.dispose();
        Path file = work.resolve(name);
        javax.imageio.ImageIO.write(image, name.endsWith(".jpg") ? "jpeg" : "png", file.toFile());
        return file;
    }

    /** Issue 11's contract: generate --image FILE with the default pipeline, the text optional; bad pictures exit 2. */
    @Test
    void aPictureAloneMakesMusicThatFollowsItAndBadPicturesExitTwoLeavingNothing() throws Exception {
        Path sunny = picture("sunny.jpg", new java.awt.Color(255, 190, 60), new java.awt.Color(255, 240, 140));
        Path night = picture("night.png", new java.awt.Color(10, 15, 40), new java.awt.Color(30, 30, 50));
        Path sunnyMid = work.resolve("sunny.mid");
        Path nightMid = work.resolve("night.mid");
        Result bright = riffwire("generate", "--seed", "4", "--image", sunny.toString(), "-o", sunnyMid.toString());
        assertEquals(0, bright.code(), bright.err());
        assertEquals(0, riffwire("generate", "--seed", "4", "--image", night.toString(), "-o", nightMid.toString()).code());
        MidiFacts day = new MidiFacts(sunnyMid.toFile());
        MidiFacts dark = new MidiFacts(nightMid.toFile());
        assertTrue(day.tempo > dark.tempo + 20, day.tempo + " against " + dark.tempo);
        assertFalse(day.keyMinor);
        assertTrue(dark.keyMinor);
        assertTrue(day.meanVelocity() > dark.meanVelocity(), day.meanVelocity() + " against " + dark.meanVelocity());

        Result jig = riffwire("interpret", "--image", night.toString(), "a jig");
        assertEquals(0, jig.code(), jig.err());
        assertTrue(jig.out().lines().anyMatch(l -> l.startsWith("genre") && l.contains("jig")), jig.out());
        assertTrue(jig.out().lines().anyMatch(l -> l.startsWith("mode") && l.contains("minor") && l.contains("image night.png: lightness")),
                jig.out());
        assertTrue(jig.out().lines().anyMatch(l -> l.startsWith("picture") && l.contains("dark")), jig.out());

        byte[] good = Files.readAllBytes(night);
        java.util.Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
        bad.put("empty.png", new byte[0]);
        bad.put("words.png", "not a picture at all".getBytes(StandardCharsets.UTF_8));
        bad.put("cut.png", Arrays.copyOf(good, good.length / 2));
        bad.put("bomb.png", pngDeclaring(30_000, 30_000));
        bad.put("huge.png", Arrays.copyOf(good, 17 * 1024 * 1024));
        for (var e : bad.entrySet()) {
            Path file = work.resolve(e.getKey());
            Files.write(file, e.getValue());
            Path mid = work.resolve(e.getKey() + ".mid");
            Path wav = work.resolve(e.getKey() + ".wav");
            long start = System.nanoTime();
            Result r = riffwire("generate", "--image", file.toString(), "-o", mid.toString(), "-o", wav.toString(), "calm");
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(2, r.code(), e.getKey() + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(e.getKey()), r.err());
            assertFalse(Files.exists(mid) || Files.exists(wav), e.getKey() + " left output");
            System.out.printf("bad picture %s: exit 2 in %.2f s: %s%n", e.getKey(), seconds, r.err().strip());
        }
        try (Stream<Path> left = Files.list(work)) {
            assertTrue(left.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no partial output");
        }
    }

    /** A PNG signature and an IHDR that declare a size, then a little zero data: a decompression bomb's header. */
    private static byte[] pngDeclaring(int width, int height) {
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4 + 12 + 1024);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}).putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        png.putInt(1024).put("IDAT".getBytes(StandardCharsets.US_ASCII)).put(new byte[1024]).putInt(0);
        return Arrays.copyOf(png.array(), png.position());
    }

    /** Image → spectrogram → image: a spectrogram PNG Riffwire wrote, heard by -p sonify, is the sound it came from. */
    @Test
    void sonifyHearsARiffwireSpectrogramAsTheSoundItWasMadeFrom() throws Exception {
        Path tune = work.resolve("sonify-tune.png");
        assertEquals(0, riffwire("generate", "--seed", "2", "-o", tune.toString(), "a bright flute melody, 6 seconds").code());
        Path back = work.resolve("sonify-back.wav");
        Path again = work.resolve("sonify-back.png");
        Result r = riffwire("generate", "-p", "sonify", "--image", tune.toString(), "-o", back.toString(), "-o", again.toString());
        assertEquals(0, r.code(), r.err());
        java.awt.image.BufferedImage before = javax.imageio.ImageIO.read(tune.toFile());
        java.awt.image.BufferedImage after = javax.imageio.ImageIO.read(again.toFile());
        double expected = before.getWidth() * 0.01;
        assertEquals(expected, wavSeconds(back), expected * 0.02);
        double correlation = correlation(before, after);
        System.out.printf("sonify round trip: %d columns, %.3f s of %.3f s, spectrogram correlation %.3f%n", before.getWidth(),
                wavSeconds(back), expected, correlation);
        assertTrue(correlation > 0.8, "correlation " + correlation);

        Path photo = picture("wide.jpg", new java.awt.Color(20, 20, 20), new java.awt.Color(240, 240, 240));
        Path heard = work.resolve("wide.wav");
        assertEquals(0, riffwire("generate", "-p", "sonify", "--image", photo.toString(), "-o", heard.toString()).code());
        assertEquals(200 * 512 / 120 * 0.01, wavSeconds(heard), 0.05);
        Path cut = work.resolve("sonify-cut.png");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(tune), 500));
        Result broken = riffwire("generate", "-p", "sonify", "--image", cut.toString(), "-o", work.resolve("cut.wav").toString());
        assertEquals(2, broken.code(), broken.err());
        assertFalse(Files.exists(work.resolve("cut.wav")));
    }

    private static double correlation(java.awt.image.BufferedImage a, java.awt.image.BufferedImage b) {
        int w = Math.min(a.getWidth(), b.getWidth());
        int h = Math.min(a.getHeight(), b.getHeight());
        double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
        long n = (long) w * h;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = a.getRaster().getSample(x, y, 0);
                int q = b.getRaster().getSample(x, y, 0);
                sa += p;
                sb += q;
                saa += (double) p * p;
                sbb += (double) q * q;
                sab += (double) p * q;
            }
        }
        double cov = sab / n - sa / n * (sb / n);
        return cov / Math.sqrt((saa / n - sa / n * (sa / n)) * (sbb / n - sb / n * (sb / n)));
    }

    /** Issue 12: folk prompts take the learned melody, and every hard constraint holds, read back from the MIDI. */
    @Test
    void theMelodyModelWritesFolkTunesThatKeepEveryConstraint() throws Exception {
        Path jig = work.resolve("model-jig.mid");
        Result r = riffwire("generate", "--seed", "5", "-o", jig.toString(), "a jig in D major, 16 bars, solo fiddle");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("melody by model riffwire-melody"), r.out());
        MidiFacts facts = new MidiFacts(jig.toFile());
        assertEquals(6, facts.meterNumerator);
        assertEquals(8, facts.meterDenominator);
        assertEquals(2, facts.keySharps);
        double barSeconds = 3 * 60.0 / facts.tempo;
        assertEquals(16 * barSeconds, facts.seconds, 0.01);
        Set<Integer> dMajor = Set.of(2, 4, 6, 7, 9, 11, 1);
        assertTrue(facts.pitched().stream().allMatch(n -> dMajor.contains(n.pitch() % 12)), "every note in D major");

        Path set = work.resolve("model-set.mid");
        Result folk = riffwire("generate", "--seed", "6", "-o", set.toString(),
                "a folk reel that only uses A, B, C#, F# and G, 20 seconds");
        assertEquals(0, folk.code(), folk.err());
        assertTrue(folk.out().contains("melody by model"), folk.out());
        MidiFacts inSet = new MidiFacts(set.toFile());
        assertEquals(20.0, inSet.seconds, 0.05);
        assertTrue(inSet.pitched().stream().allMatch(n -> Set.of(9, 11, 1, 6, 7).contains(n.pitch() % 12)));

        Path opened = work.resolve("model-opening.mid");
        Result opening = riffwire("generate", "--seed", "7", "-o", opened.toString(),
                "a waltz in G major that starts with the notes G A B D, 8 bars, solo flute");
        assertEquals(0, opening.code(), opening.err());
        List<Integer> first = new MidiFacts(opened.toFile()).pitched().stream().limit(4).map(n -> n.pitch() % 12).toList();
        assertEquals(List.of(7, 9, 11, 2), first);

        Result rules = riffwire("generate", "--seed", "5", "--set", "melody=rules", "-o", work.resolve("rules-jig.mid").toString(),
                "a jig in D major, 16 bars, solo fiddle");
        assertTrue(rules.out().contains("melody by rules (asked for)"), rules.out());
    }

    /** Issue 9's contract, with the random-weight export made by scripts/make-test-diffusion-export.py. */
    @Test
    void aDiffusionPipelineWritesARiffusionClipAndItsImageAndBrokenExportsAreNamed() throws Exception {
        Path models = work.resolve("home").resolve("models");
        Folders.copy(Folders.export("tiny-sd"), models.resolve("clitiny"));
        Folders.copy(Folders.export("tiny-sd"), models.resolve("clibroken"));
        Files.delete(models.resolve("clibroken").resolve("unet").resolve("model.onnx"));
        try {
            Result created = riffwire("pipeline", "create", "clidiff", "--generator", "diffusion", "--renderers", "wav,png",
                    "--set", "model=clitiny,steps=6");
            assertEquals(0, created.code(), created.err());
            Path wav = work.resolve("clip.wav");
            Path png = work.resolve("clip.png");
            Result made = riffwire("generate", "-p", "clidiff", "-o", wav.toString(), "-o", png.toString(), "jazzy saxophone solo");
            assertEquals(0, made.code(), made.err());
            javax.sound.sampled.AudioFileFormat format = javax.sound.sampled.AudioSystem.getAudioFileFormat(wav.toFile());
            assertEquals(44_100, (int) format.getFormat().getSampleRate());
            assertEquals(5.12, format.getFrameLength() / 44_100.0, 1e-3);
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
            assertEquals(512, image.getWidth());
            assertEquals(512, image.getHeight());

            Result again = riffwire("generate", "-p", "clidiff", "--init", wav.toString(), "--strength", "0.5", "-o",
                    work.resolve("b.wav").toString(), "jazzy saxophone solo");
            assertEquals(0, again.code(), again.err());

            Result listed = riffwire("models");
            assertEquals(0, listed.code(), listed.err());
            assertTrue(listed.out().contains("clitiny") && listed.out().contains("stable-diffusion"), listed.out());
            assertTrue(listed.out().contains("model clibroken: missing unet/model.onnx"), listed.out());

            Path never = work.resolve("never.wav");
            Result broken = riffwire("generate", "-p", "clidiff", "--set", "model=clibroken", "-o", never.toString(), "x");
            assertEquals(3, broken.code(), broken.err());
            assertEquals(1, broken.err().strip().lines().count(), broken.err());
            assertFalse(Files.exists(never));
        } finally {
            riffwire("pipeline", "delete", "clidiff");
            Folders.delete(models.resolve("clitiny"));
            Folders.delete(models.resolve("clibroken"));
        }
    }



    /**
     * A failed --verify has an exit code of its own (4), distinct from a contradictory prompt (3): a plug-in whose
     * generator claims the tempo and plays faster is caught, its files are still written, and the message names
     * what failed.
     */
    @Test
    void aGeneratorThatBreaksItsClaimFailsVerifyWithExitFour() throws Exception {
        Path home = work.resolve("liar-home");
        Folders.delete(home);
        Files.createDirectories(home.resolve("plugins"));
        LyingGenerator.build(work, home.resolve("plugins/liar.jar"));
        Result created = riffwireIn(home, "pipeline", "create", "lies", "--generator", LyingGenerator.NAME,
                "--renderers", "mid");
        assertEquals(0, created.code(), created.err());
        Path mid = work.resolve("lie.mid");
        Files.deleteIfExists(mid);
        Result r = riffwireIn(home, "generate", "-p", "lies", "--verify", "-o", mid.toString(), "a march at 100 bpm");
        assertEquals(4, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("verification failed") && r.err().contains("tempo"), r.err());
        assertTrue(Files.size(mid) > 0, "the piece is written, to be looked at");
        assertEquals(150.0, new MidiFacts(mid.toFile()).tempo, 0.01, "the liar's tempo");
        Result plain = riffwireIn(home, "generate", "-p", "lies", "-o", mid.toString(), "a march at 100 bpm");
        assertEquals(0, plain.code(), "without --verify nothing is checked: " + plain.err());
    }

    @Test
    void interpretPrintsAnAlignedTableWithRoundedNumbersAndTheKeysSpelling() throws Exception {
        Result r = riffwire("interpret", "a string quartet in B flat minor at 96 bpm, 30 seconds");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int strength = lines.get(0).indexOf("STRENGTH");
        int readFrom = lines.get(0).indexOf("READ FROM");
        assertTrue(strength > 0 && readFrom > strength, r.out());
        for (String line : lines) {
            if (line.contains("explicit") || line.contains("inferred") || line.contains("default")) {
                assertEquals(strength, Math.max(line.indexOf("explicit"), Math.max(line.indexOf("inferred"),
                        line.indexOf("default"))), "the strength column stays aligned:\n" + r.out());
            }
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("tonic\\s+Bb\\s+explicit.*")), "B flat, not A#:\n" + r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("tempo\\s+96\\s+explicit.*")), r.out());
        // The four instruments do not fit the value column: they go on over a second line, under the value.
        int instruments = lines.stream().filter(l -> l.startsWith("instruments")).findFirst().map(lines::indexOf).orElse(-1);
        assertTrue(instruments > 0 && lines.get(instruments + 1).startsWith(" ".repeat(17))
                && lines.get(instruments + 1).contains("Cello"), r.out());
    }

    @Test
    void contradictionsExitThreeNamingBothParts() throws Exception {
        Result r = riffwire("generate", "-o", work.resolve("x.mid").toString(), "a piece in C major that only uses F# and G#");
        assertEquals(3, r.code());
        assertTrue(r.err().contains("C major") && r.err().contains("F#"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        Result tempos = riffwire("interpret", "a march at 72 bpm, no, at 140 bpm");
        assertEquals(3, tempos.code(), tempos.out());
        assertTrue(tempos.err().contains("72") && tempos.err().contains("140"), tempos.err());
    }

    @Test
    void usageErrorsAndHelp() throws Exception {
        assertEquals(0, riffwire("--help").code());
        Result shellHelp = riffwire("shell", "--help");
        assertEquals(0, shellHelp.code(), shellHelp.err());
        assertTrue(shellHelp.out().startsWith("usage: riffwire shell"), "help, not a shell: " + shellHelp.out());
        assertFalse((shellHelp.out() + shellHelp.err()).contains("Welcome to Apache Felix Gogo"), shellHelp.out());
        Result help = riffwire("generate", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--seed"));
        assertEquals(2, riffwire().code());
        assertEquals(2, riffwire("compose", "x").code());
        Result badOption = riffwire("generate", "--colour", "red", "a song");
        assertEquals(2, badOption.code());
        assertTrue(badOption.err().contains("--colour"));
        assertEquals(2, riffwire("generate", "--seed", "abc", "a song").code());
    }

    @Test
    void pluginsShowBundlesAndVersions() throws Exception {
        Result r = riffwire("plugins");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("org.riffwire.interpreter-keyword"), r.out());
        assertTrue(r.out().contains("0.1.0"));
        String text = new String(Files.readAllBytes(root.resolve("README.md")), StandardCharsets.UTF_8);
        assertTrue(text.contains("mvn -B verify"), "the README names the test command");
    }

    /**
     * The issue's own check: verify passes, abc2midi reads the ABC, the WAV lasts 20–22 s, and at least 95% of
     * its voiced frames, from 100 ms after each detected onset, are within 50 cents of an allowed pitch class.
     */
    @Test
    void fluteMelodyIsVerifiedInTheAudio() throws Exception {
        Path mid = work.resolve("flute.mid");
        Path wav = work.resolve("flute.wav");
        Path abc = work.resolve("flute.abc");
        Result r = riffwire("generate", "--verify", "-o", mid.toString(), "-o", wav.toString(), "-o", abc.toString(),
                "a flute melody that only uses A, B, C#, F#, and G, 20 seconds");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("verified: every hard constraint holds"), r.out());

        if (Files.isExecutable(Path.of("/usr/bin/abc2midi"))) { // .ci/run installs abcmidi
            Process abc2midi = new ProcessBuilder("abc2midi", abc.toString(), "-o", work.resolve("flute-abc.mid").toString())
                    .redirectErrorStream(true).start();
            String abcLog = new String(abc2midi.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, abc2midi.waitFor(), abcLog);
            assertFalse(abcLog.contains("Error"), abcLog);
        }

        Result analysis = riffwire("analyze", "--json", wav.toString());
        assertEquals(0, analysis.code(), analysis.err());
        String json = analysis.out();
        double seconds = Double.parseDouble(json.replaceAll("(?s).*\"seconds\": ([0-9.]+).*", "$1"));
        assertTrue(seconds >= 20 && seconds <= 22, "lasts " + seconds);
        double[] share = pitchSetShare(json, Set.of(9, 11, 1, 6, 7));
        assertTrue(share[1] > 200, share[1] + " voiced frames");
        assertTrue(share[0] >= 0.95 * share[1], share[0] + " of " + share[1] + " voiced frames in the set");
    }

    /**
     * From {@code riffwire analyze --json}: how many voiced frames (0.1 s or more after an onset) lie within 50
     * cents of a pitch class in the set, and how many voiced frames there are.
     */
    private static double[] pitchSetShare(String json, Set<Integer> allowed) {
        List<Double> onsets = new ArrayList<>();
        for (String v : json.replaceAll("(?s).*\"onsets\": \\[([^\\]]*)\\].*", "$1").split(",")) {
            if (!v.isBlank()) {
                onsets.add(Double.parseDouble(v.strip()));
            }
        }
        int voiced = 0;
        int inside = 0;
        java.util.regex.Matcher frame = java.util.regex.Pattern.compile("\\[([0-9.]+), ([0-9.]+), ([0-9.]+)\\]")
                .matcher(json.substring(json.indexOf("\"pitchTrack\"")));
        while (frame.find()) {
            double t = Double.parseDouble(frame.group(1));
            double hz = Double.parseDouble(frame.group(2));
            double lastOnset = onsets.stream().filter(o -> o <= t).mapToDouble(Double::doubleValue).max().orElse(-1);
            if (hz <= 0 || lastOnset < 0 || t - lastOnset < 0.1) {
                continue;
            }
            voiced++;
            double midi = 69 + 12 * Math.log(hz / 440) / Math.log(2);
            int nearest = (int) Math.round(midi);
            if (Math.abs(midi - nearest) * 100 <= 50 && allowed.contains(Math.floorMod(nearest, 12))) {
                inside++;
            }
        }
        return new double[] {inside, voiced};
    }

    private static double wavSeconds(Path wav) throws Exception {
        javax.sound.sampled.AudioFileFormat format = javax.sound.sampled.AudioSystem.getAudioFileFormat(wav.toFile());
        return format.getFrameLength() / (double) format.getFormat().getSampleRate();
    }

    /** The pipelines the runtime ships: our own model, text to sound, on a fresh home; any length; loops. */
    @Test
    void theShippedDiffusionPipelineMakesClipsOfAnyLength() throws Exception {
        Path wav = work.resolve("dreamy.wav");
        Path png = work.resolve("dreamy.png");
        Result r = riffwire("generate", "-p", "diffusion", "-o", wav.toString(), "-o", png.toString(), "a dreamy synth arpeggio");
        assertEquals(0, r.code(), r.err());
        assertEquals(5.12, wavSeconds(wav), 1e-3);
        assertEquals(512, javax.imageio.ImageIO.read(png.toFile()).getWidth());

        Path forty = work.resolve("forty.wav");
        Result long40 = riffwire("generate", "-p", "diffusion", "--set", "steps=4", "-o", forty.toString(),
                "a calm ambient pad, 40 seconds");
        assertEquals(0, long40.code(), long40.err());
        assertEquals(40.0, wavSeconds(forty), 0.1);

        Path loop = work.resolve("loop.wav");
        Result looped = riffwire("generate", "-p", "diffusion", "--loop", "--set", "steps=4", "-o", loop.toString(),
                "drum-heavy funk at 100 bpm, 8 seconds");
        assertEquals(0, looped.code(), looped.err());
        assertEquals(8.0, wavSeconds(loop), 0.1);

        Result notes = riffwire("generate", "-p", "diffusion", "-o", work.resolve("never.wav").toString(),
                "a melody that only uses A, B, C#, F# and G");
        assertEquals(3, notes.code(), notes.err());
        assertTrue(notes.err().contains("-p hybrid"), notes.err());
    }

    /** A fresh home gets the shipped pipelines; one the admin deletes stays deleted, the default comes back. */
    @Test
    void shippedPipelinesAreCreatedOnceAndTheDefaultAlways() throws Exception {
        Path home = work.resolve("fresh-home");
        Folders.delete(home);
        Result first = riffwireIn(home, "pipelines");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("diffusion") && first.out().contains("mel-diffusion") && first.out().contains("hybrid"),
                first.out());
        assertEquals(0, riffwireIn(home, "pipeline", "delete", "hybrid").code());
        assertEquals(0, riffwireIn(home, "pipeline", "delete", "default").code());
        Result again = riffwireIn(home, "pipelines");
        assertFalse(again.out().lines().anyMatch(l -> l.startsWith("hybrid")), again.out());
        assertTrue(again.out().lines().anyMatch(l -> l.startsWith("default")), again.out());
        assertTrue(again.out().lines().anyMatch(l -> l.startsWith("diffusion")), again.out());
        assertTrue(again.out().lines().anyMatch(l -> l.startsWith("sonify") && l.contains("spectrogram")), again.out());
        assertTrue(riffwireIn(home, "pipeline", "show", "default").out().contains("keyword,notes,pattern,semantic,image"));

        // An admin who takes the image interpreter out keeps it out...
        assertEquals(0, riffwireIn(home, "pipeline", "set", "default", "-i", "keyword,notes,semantic").code());
        assertFalse(riffwireIn(home, "pipeline", "show", "default").out().contains("image"));
        // ...but a home from before images (no record that they were added) gains it once.
        Files.delete(home.resolve("config/org/riffwire/pipelines/shipped.config"));
        assertTrue(riffwireIn(home, "pipeline", "show", "default").out().contains("keyword,notes,pattern,semantic,image"));
        Folders.delete(home);
    }

    /** The hybrid: the symbolic score, its sound redrawn by the model, and the pitch set still heard in the audio. */
    @Test
    void theHybridKeepsAPitchSetInTheSoundItRedraws() throws Exception {
        Path wav = work.resolve("hybrid.wav");
        Path mid = work.resolve("hybrid.mid");
        Result r = riffwire("generate", "-p", "hybrid", "--verify", "--seed", "3", "-o", wav.toString(), "-o", mid.toString(),
                "a solo flute melody that only uses A, B, C#, F# and G, at 90 bpm, 12 seconds");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("verified: every hard constraint holds"), r.out());
        assertTrue(Set.of(9, 11, 1, 6, 7).containsAll(new MidiFacts(mid.toFile()).pitchClasses()));
        Result analysis = riffwire("analyze", "--json", wav.toString());
        assertEquals(0, analysis.code(), analysis.err());
        double[] share = pitchSetShare(analysis.out(), Set.of(9, 11, 1, 6, 7));
        assertTrue(share[1] > 100, share[1] + " voiced frames");
        assertTrue(share[0] >= 0.95 * share[1], share[0] + " of " + share[1] + " voiced frames in the set");
    }

    /** Pipelines are kept by ConfigAdmin in the home folder: twenty survive a kill -9 of the runtime. */
    /**
     * On a terminal the interactive shell gets a real JLine terminal (line editing, history, highlighting), not the
     * dumb fallback. {@code script} (util-linux, in every Debian) gives the shell a pseudo-terminal.
     */
    @Test
    void shellOnATerminalIsNotDumb() throws Exception {
        PtyShell shell = PtyShell.start(work.resolve("home"), work);
        Process p = shell.process();
        StringBuffer seen = shell.seen();
        Thread reader = shell.reader();
        try (var keyboard = p.getOutputStream()) {
            awaitOutput(seen, "riffwire>");
            keyboard.write("echo type-$TERM\n".getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
            awaitOutput(seen, "type-xterm");
            keyboard.write("stop 0\n".getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the shell did not stop: " + seen);
        } finally {
            p.destroyForcibly();
        }
        reader.join(5_000);
        assertFalse(seen.toString().contains("dumb terminal"), seen.toString());
        assertTrue(seen.toString().contains("type-xterm-256color"), seen.toString());
    }

    /**
     * The shell on a pseudo-terminal, as a user types: a banner, Tab completing an option and a pipeline name,
     * the log, and a bare exit that stops the runtime; its history lands in its own home. A piped shell keeps no
     * history.
     */
    @Test
    void theShellCompletesLogsExitsAndKeepsItsHistoryInItsHome() throws Exception {
        Path home = work.resolve("pty-home");
        deleteTree(home);
        Path folder = Files.createDirectories(work.resolve("pty-cwd"));
        PtyShell shell = PtyShell.start(home, folder);
        Process p = shell.process();
        StringBuffer seen = shell.seen();
        Thread reader = shell.reader();
        try (var keyboard = p.getOutputStream()) {
            awaitOutput(seen, "Three things to know");
            awaitOutput(seen, "riffwire>");
            type(keyboard, "riff:generate --pipel\t");
            awaitOutput(seen, "--pipeline");
            type(keyboard, " defa\t");
            awaitOutput(seen, "default");
            type(keyboard, "\u0015"); // Ctrl-U: the line is cleared, nothing runs
            type(keyboard, "riff:log -n 5\r");
            awaitOutput(seen, "bundle org.apache.felix.gogo.jline");
            type(keyboard, "exit\r");
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "a bare exit stops the shell: " + seen);
            assertEquals(0, p.exitValue(), seen.toString());
        } finally {
            p.destroyForcibly();
        }
        reader.join(5_000);
        assertFalse(seen.toString().contains("Exception"), seen.toString());
        List<String> history = Files.readAllLines(home.resolve("shell-history"));
        assertTrue(history.stream().anyMatch(l -> l.endsWith("riff:log -n 5")), history.toString());
        assertTrue(history.stream().anyMatch(l -> l.endsWith("exit")), history.toString());

        Path piped = work.resolve("piped-home");
        deleteTree(piped);
        ProcessBuilder pipedShell = new ProcessBuilder(root.resolve("riffwire").toString(), "shell")
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(Files.writeString(folder.resolve("in.txt"), "riff:pipelines\nquit\n").toFile());
        pipedShell.environment().put("RIFFWIRE_HOME", piped.toString());
        Process q = pipedShell.start();
        assertTrue(q.waitFor(60, TimeUnit.SECONDS), "quit stops a piped shell");
        assertEquals(0, q.exitValue());
        assertFalse(Files.exists(piped.resolve("shell-history")), "a piped shell keeps no history");
    }

    /** {@code ./riffwire shell} on a pseudo-terminal ({@code script}, util-linux), its output gathered as it comes. */
    private record PtyShell(Process process, StringBuffer seen, Thread reader) {
        static PtyShell start(Path home, Path folder) throws IOException {
            ProcessBuilder pb = new ProcessBuilder("script", "-qec",
                    // A pseudo-terminal made without a terminal around it is 0 columns wide; give it a real size.
                    "stty cols 120 rows 40; exec " + root.resolve("riffwire") + " shell", "/dev/null")
                    .directory(folder.toFile()).redirectErrorStream(true);
            pb.environment().put("RIFFWIRE_HOME", home.toString());
            pb.environment().put("TERM", "xterm-256color");
            Process p = pb.start();
            StringBuffer seen = new StringBuffer();
            Thread reader = new Thread(() -> {
                try (var in = p.getInputStream()) {
                    byte[] buffer = new byte[4096];
                    for (int n; (n = in.read(buffer)) > 0;) {
                        seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                } catch (IOException closed) {
                    // The process ended.
                }
            });
            reader.start();
            return new PtyShell(p, seen, reader);
        }
    }

    private static void type(java.io.OutputStream keyboard, String keys) throws IOException {
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    /** plugins, pipelines and models print, with --json, what the HTTP API answers for the same lists. */
    @Test
    void listingsPrintTheHttpApisJson() throws Exception {
        Result plugins = riffwire("plugins", "--json");
        assertEquals(0, plugins.code(), plugins.err());
        assertTrue(plugins.out().startsWith("{\"plugins\":[{\"kind\":") && plugins.out().contains("\"name\":\"musicxml\""),
                plugins.out());
        Result pipelines = riffwire("pipelines", "--json");
        assertEquals(0, pipelines.code(), pipelines.err());
        assertTrue(pipelines.out().contains("\"name\":\"default\"") && pipelines.out().contains("\"ready\":true"),
                pipelines.out());
        Result models = riffwire("models", "-j");
        assertEquals(0, models.code(), models.err());
        assertTrue(models.out().startsWith("{\"models\":[") && models.out().contains("\"unreadable\":["), models.out());
        Result wrong = riffwire("plugins", "--all");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("--json"), wrong.err());
    }

    /** The shell reads options as strictly as the command line: no option becomes prompt text or a file name. */
    @Test
    void theShellRefusesUnknownOptionsAnswersHelpAndTakesEveryOutput() throws Exception {
        Path folder = work.resolve("shell-strict");
        deleteTree(folder);
        Files.createDirectories(folder);
        Path commands = Files.writeString(folder.resolve("commands.txt"), String.join("\n",
                "riff:generate --help", "riff:generate --tempo 90 \"a waltz\"",
                "riff:generate -o a.mid -o b.abc \"a short waltz, 8 bars\"",
                "riff:generate --soundfont /usr/share/sounds/sf2/TimGM6mb.sf2 -o c.wav \"a short waltz, 4 bars\"",
                "riff:generate --soundfont missing.sf2 -o d.wav \"a short waltz, 4 bars\"", "exit 0", ""));
        ProcessBuilder pb = new ProcessBuilder(root.resolve("riffwire").toString(), "shell").directory(folder.toFile())
                .redirectErrorStream(true).redirectInput(commands.toFile());
        pb.environment().put("RIFFWIRE_HOME", work.resolve("home").toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), output);
        assertTrue(output.contains("usage: riff:generate"), output);
        assertTrue(output.contains("riffwire> riff:generate: unknown option --tempo"), "one line, no class name: " + output);
        assertFalse(output.contains("Exception"), output);
        assertTrue(Files.exists(folder.resolve("a.mid")) && Files.exists(folder.resolve("b.abc")), output);
        assertFalse(Files.exists(folder.resolve("out")), "no option was read as a prompt: " + output);
        assertTrue(Files.size(folder.resolve("c.wav")) > 44, "a SoundFont for one piece: " + output);
        assertTrue(output.contains("SoundFont missing.sf2 does not exist or cannot be read"), output);
        assertFalse(Files.exists(folder.resolve("d.wav")), output);
    }

    private static void awaitOutput(StringBuffer seen, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (seen.indexOf(text) < 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' in the shell's output: " + seen);
            }
            Thread.sleep(50);
        }
    }

    /**
     * The plug-in tutorial, followed to the letter by scripts/sdk-tutorial.sh: every command block of
     * plugins-sdk/template/README.md, from a fresh clone and an empty home, ending with the renamed plug-in
     * replaced live in a running server and used through its HTTP API.
     */
    @Test
    void thePluginTutorialWorksAsWritten() throws Exception {
        Process p = new ProcessBuilder(root.resolve("scripts/sdk-tutorial.sh").toString()).redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), output);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("sdk-tutorial: PASS"), output);
    }

    @Test
    void pipelinesSurviveAHardKill() throws Exception {
        Process p = new ProcessBuilder(root.resolve("scripts/pipelines-survive-kill.sh").toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("PASS"), output);
    }

    @Test
    void pipelinesComposedOnTheCommandLine() throws Exception {
        Result created = riffwire("pipeline", "create", "waltzes", "--interpreters", "keyword,notes", "--renderers", "mid",
                "--set", "meter=3/4,tempo=150,key=D major");
        assertEquals(0, created.code(), created.err());
        Path out = work.resolve("waltz-pipeline.mid");
        assertEquals(0, riffwire("generate", "-p", "waltzes", "-o", out.toString(), "a little tune, 8 bars").code());
        MidiFacts midi = new MidiFacts(out.toFile());
        assertEquals(3, midi.meterNumerator);
        assertEquals(150.0, midi.tempo, 0.01);
        assertEquals(2, midi.keySharps);
        Result wav = riffwire("generate", "-p", "waltzes", "-o", work.resolve("w.wav").toString(), "a tune");
        assertEquals(2, wav.code());
        assertTrue(wav.err().contains(".wav"), wav.err());
        assertEquals(2, riffwire("pipeline", "set", "waltzes", "--set", "tempo=fast").code());
        assertEquals(0, riffwire("pipeline", "delete", "waltzes").code());
        assertEquals(2, riffwire("generate", "-p", "waltzes", "a tune").code());
    }

    /** A conf/NAME.config file is the same as a pipeline created in the shell; removing it removes the pipeline. */
    @Test
    void pipelineFilesInTheHomeFolder() throws Exception {
        Path conf = work.resolve("home/conf");
        Files.createDirectories(conf);
        Files.writeString(conf.resolve("jigs.config"), "# a pipeline as a file\ninterpreters=[\"keyword\",\"notes\"]\n"
                + "generator=\"symbolic\"\nsettings=[\"meter=6/8\",\"tempo=160\"]\n");
        Path out = work.resolve("jig-file.mid");
        Result r = riffwire("generate", "-p", "jigs", "-o", out.toString(), "a tune for fiddle, 8 bars");
        assertEquals(0, r.code(), r.err());
        MidiFacts midi = new MidiFacts(out.toFile());
        assertEquals(6, midi.meterNumerator);
        assertEquals(160.0, midi.tempo, 0.01);
        Files.delete(conf.resolve("jigs.config"));
        assertFalse(riffwire("pipelines").out().contains("jigs"));
        // A file that cannot be read is listed with its reason, and the other pipelines still run.
        Files.writeString(conf.resolve("broken.config"), "interpreters=[\"keyword\"\ngenerator=\n");
        String listed = riffwire("pipelines").out();
        assertTrue(listed.contains("conf/broken.config") && listed.contains("line 2"), listed);
        assertTrue(listed.lines().anyMatch(l -> l.startsWith("default") && l.endsWith("ready")), listed);
        Files.delete(conf.resolve("broken.config"));
    }

    /** Pipes and devices where files are expected, a home that is a file: one line each, never a hang. */
    @Test
    void oddFilesInTheHomeFolderNeverHang() throws Exception {
        Path home = Files.createDirectories(work.resolve("odd-home"));
        for (String sub : List.of("conf", "plugins", "models")) {
            Files.createDirectories(home.resolve(sub));
        }
        List<Path> fifos = List.of(home.resolve("conf/x.config"), home.resolve("plugins/p.jar"), home.resolve("models/m.json"));
        Files.writeString(home.resolve("models/m.onnx"), "");
        for (Path f : fifos) {
            Files.deleteIfExists(f);
            assertEquals(0, new ProcessBuilder("mkfifo", f.toString()).start().waitFor());
        }
        Result listed = riffwireIn(home, "pipelines");
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.out().contains("conf/x.config: not a regular file"), listed.out());
        assertTrue(listed.err().contains("p.jar is not a regular file"), listed.err());
        Result models = riffwireIn(home, "models");
        assertTrue(models.out().contains("m.json: not a regular file"), models.out());
        Result made = riffwireIn(home, "generate", "-o", work.resolve("odd.mid").toString(), "a short waltz, 8 seconds");
        assertEquals(0, made.code(), made.err());

        Path file = Files.writeString(work.resolve("not-a-home"), "x");
        Result notHome = riffwireIn(file, "plugins");
        assertEquals(2, notHome.code());
        assertTrue(notHome.err().contains("is not a folder"), notHome.err());
    }
}
