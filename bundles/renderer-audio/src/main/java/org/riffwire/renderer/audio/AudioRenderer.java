// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import javax.sound.midi.Soundbank;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.riffwire.api.Piece;
import org.riffwire.api.Renderer;
import org.riffwire.api.Synthesizer;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.spec.Dynamics;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.music.Score;
import org.riffwire.api.propertytypes.Format;
import org.riffwire.api.propertytypes.Name;

/**
 * Renders pieces to WAV (44.1 kHz, 16-bit, stereo). A piece that carries audio is written as it is; a score is
 * synthesised with a General MIDI SoundFont, loaded once and kept while its file is unchanged
 * ({@link LoadedBanks}), so a long-running runtime pays for it once, also when the configuration or a request
 * switches between SoundFonts. A SoundFont file is played by the {@link SamplePlayer}; the JDK's built-in bank,
 * or every bank when the {@code riffwire.synthesizer} property is {@code gervill}, by the JDK's Gervill. The same
 * synthesis is offered as a {@link Synthesizer} service.
 */
@Component(service = {Renderer.class, Synthesizer.class}, configurationPid = "org.riffwire.renderer.audio")
@Name("audio")
@Format("wav")
@Designate(ocd = SoundFontConfig.class)
public final class AudioRenderer implements Renderer, Synthesizer {
    /** Framework or system property naming a SoundFont; the riffwire script sets it from --soundfont. */
    static final String SOUNDFONT_PROPERTY = "riffwire.soundfont";
    /** Framework or system property choosing the synthesizer of SoundFont files: sampler (default) or gervill. */
    static final String SYNTHESIZER_PROPERTY = "riffwire.synthesizer";

    /**
     * The SoundFont in use, or why none can be, and the folder searched for SoundFonts; replaced whole when the
     * configuration changes.
     */
    private record Bank(SoundFontChoice choice, IOException problem, Path searchFolder) {
    }

    private final BundleContext context;
    private final LoadedBanks<Sf2Bank> sampleBanks = new LoadedBanks<>(Sf2Bank::read);
    private final LoadedBanks<Soundbank> gervillBanks = new LoadedBanks<>(SoundFontFile::load);
    private final boolean gervill;
    private Bank bank;

    @Activate
    public AudioRenderer(SoundFontConfig config, BundleContext context) {
        this.context = context;
        this.gervill = "gervill".equalsIgnoreCase(String.valueOf(property(SYNTHESIZER_PROPERTY)).strip());
        this.bank = choose(config);
    }

    /** A new SoundFont takes effect for the next render; the renderer stays registered meanwhile. */
    @Modified
    synchronized void modified(SoundFontConfig config) {
        this.bank = choose(config);
    }

    private Bank choose(SoundFontConfig config) {
        String configured = config.soundfont().isBlank() ? property(SOUNDFONT_PROPERTY) : config.soundfont();
        Path searchFolder = Path.of(config.searchFolder());
        try {
            return new Bank(SoundFontChoice.choose(configured, searchFolder), null, searchFolder);
        } catch (IOException e) {
            return new Bank(null, e, searchFolder);
        }
    }

    /** A framework property, or a system property where there is no framework (bench/java/SynthesisBench). */
    private String property(String name) {
        return context != null ? context.getProperty(name) : System.getProperty(name);
    }

    @Override
    public void render(Piece piece, OutputStream out) throws IOException, UnsatisfiableSpecException {
        render(piece, out, Map.of());
    }

    /** With a {@code soundfont} setting, this request's audio uses that SoundFont (kept loaded, as the configured one). */
    @Override
    public void render(Piece piece, OutputStream out, Map<String, String> settings)
            throws IOException, UnsatisfiableSpecException {
        if (piece.audio().isPresent()) {
            WavWriter.write(piece.audio().get(), out);
            return;
        }
        Dynamics dynamics = piece.spec().get(SpecField.DYNAMICS).orElse(Dynamics.MF);
        WavWriter.write(synthesize(piece.score().orElseThrow(), settings), WavWriter.peakDb(dynamics), out);
    }

    /** Renders a score to audio with this renderer's SoundFont. */
    @Override
    public AudioClip synthesize(Score score) throws IOException {
        return synthesize(score, Map.of());
    }

    @Override
    public AudioClip synthesize(Score score, Map<String, String> settings) throws IOException {
        Optional<Path> file = soundFont(settings.get(SOUNDFONT_SETTING));
        if (file.isEmpty()) {
            return GervillRenderer.render(score, null);
        }
        return gervill ? GervillRenderer.render(score, gervillBanks.get(file.get()))
                : SamplePlayer.render(score, sampleBanks.get(file.get()));
    }

    /**
     * The SoundFont to render with: the request's if it names one, else the configured one; empty for the JDK's
     * built-in bank.
     */
    private Optional<Path> soundFont(String requested) throws IOException {
        Bank current;
        synchronized (this) {
            current = bank;
        }
        SoundFontChoice choice;
        if (requested != null && !requested.isBlank()) {
            choice = SoundFontChoice.choose(requested, current.searchFolder());
        } else if (current.problem() != null) {
            throw current.problem();
        } else {
            choice = current.choice();
        }
        return choice.path();
    }

    @Override
    public synchronized String status() {
        if (bank.problem() != null) {
            return "unusable: " + bank.problem().getMessage();
        }
        boolean played = bank.choice().path().isPresent() && !gervill;
        return bank.choice().describe() + (played ? ", played by the sample player" : ", played by the JDK's Gervill");
    }
}
