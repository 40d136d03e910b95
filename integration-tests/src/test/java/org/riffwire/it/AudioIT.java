// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import javax.inject.Inject;

import org.junit.Assume;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;
import org.riffwire.api.Prompt;
import org.riffwire.api.analysis.AdherenceReport;
import org.riffwire.api.analysis.AudioAnalysis;
import org.riffwire.api.analysis.ConstraintCheck;
import org.riffwire.core.api.GenerationRequest;
import org.riffwire.core.api.GenerationResult;
import org.riffwire.core.api.PluginInfo;
import org.riffwire.core.api.PluginInventory;
import org.riffwire.core.api.Studio;
import org.riffwire.core.api.TextReports;

/**
 * Real audio inside Felix: WAV rendering with the JDK's built-in bank and with Debian's TimGM6mb SoundFont,
 * verification by listening, and tempo measured back from drum-bearing pieces.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AudioIT {
    private static final Path TIMGM = Path.of("/usr/share/sounds/sf2/TimGM6mb.sf2");
    private static final String FOLK = "a flute melody that only uses A, B, C#, F#, and G, 20 seconds";

    @Inject
    private Studio studio;

    @Inject
    private PluginInventory inventory;

    @Inject
    private ConfigurationAdmin configAdmin;

    @Configuration
    public Option[] config() {
        return options(RuntimeIT.runtimeBundles());
    }

    private static Path work() throws Exception {
        Path dir = Path.of(System.getProperty("riffwire.work"), "audio-it");
        Files.createDirectories(dir);
        return dir;
    }

    /** Points the audio renderer at a SoundFont (or at none) and waits until the renderer reports it. */
    private void useSoundFont(String soundfont, String searchFolder, String expectInStatus) throws Exception {
        org.osgi.service.cm.Configuration c = configAdmin.getConfiguration("org.riffwire.renderer.audio", "?");
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("soundfont", soundfont);
        props.put("searchFolder", searchFolder);
        c.update(props);
        for (int i = 0; i < 500; i++) {
            for (PluginInfo p : inventory.plugins()) {
                if (p.name().equals("audio") && p.state().contains(expectInStatus)) {
                    return;
                }
            }
            Thread.sleep(10);
        }
        fail("the audio renderer did not switch to " + expectInStatus + ": " + inventory.plugins());
    }

    @Test
    public void builtInBankRendersAndVerifies() throws Exception {
        useSoundFont("", "/nonexistent", "JDK built-in bank");
        renderAndVerify("builtin");
    }

    @Test
    public void debianSoundFontRendersAndVerifies() throws Exception {
        Assume.assumeTrue("timgm6mb-soundfont is not installed (.ci/run installs it)", Files.isReadable(TIMGM));
        useSoundFont(TIMGM.toString(), "/nonexistent", "TimGM6mb.sf2");
        renderAndVerify("timgm");
    }

    private void renderAndVerify(String name) throws Exception {
        Path wav = work().resolve(name + ".wav");
        Path abc = work().resolve(name + ".abc");
        GenerationResult result = studio.generate(new GenerationRequest(Prompt.of(FOLK), null, 5L, List.of(wav, abc), true, null));
        AdherenceReport report = result.report().orElseThrow();
        assertTrue(TextReports.adherence(report), report.passed());
        assertTrue(report.checks().stream().anyMatch(c -> c.method().equals("audio") && c.constraint().startsWith("pitches heard")));
        AudioAnalysis analysis = studio.analyze(wav);
        assertTrue("lasts " + analysis.seconds(), analysis.seconds() >= 20 && analysis.seconds() <= 22);
        assertTrue(analysis.peakDbfs() < -0.5 && analysis.peakDbfs() > -1.5);
        assertTrue(Files.readString(abc).contains("K:"));
    }

    @Test
    public void drumTemposAreHeardWithinFourPercent() throws Exception {
        useSoundFont("", "/nonexistent", "JDK built-in bank");
        String[] prompts = {"a rock song with drums at 80 bpm, 20 seconds", "a pop song with drums at 120 bpm, 20 seconds",
            "drum and bass at 174 bpm, 20 seconds"};
        double[] tempos = {80, 120, 174};
        for (int i = 0; i < prompts.length; i++) {
            Path wav = work().resolve("tempo-" + (int) tempos[i] + ".wav");
            GenerationResult result = studio.generate(new GenerationRequest(Prompt.of(prompts[i]), null, 1L, List.of(wav), true, null));
            double heard = studio.analyze(wav).tempoBpm().orElseThrow();
            assertEquals(prompts[i], tempos[i], heard, tempos[i] * 0.04);
            ConstraintCheck tempoCheck = result.report().orElseThrow().checks().stream()
                    .filter(c -> c.constraint().equals("tempo heard")).findFirst().orElseThrow();
            assertTrue(tempoCheck.toString(), tempoCheck.passed() && tempoCheck.hard());
        }
    }
}
