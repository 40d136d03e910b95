// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.riffwire.api.Attachment;
import org.riffwire.api.Prompt;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.SpecField;
import org.riffwire.dsp.audio.AudioDecoding;
import org.riffwire.dsp.spectral.RiffusionCodec;
import org.riffwire.dsp.spectral.SpectrogramImage;
import org.riffwire.image.UnreadableImageException;
import org.riffwire.onnx.api.OnnxModel;

import ai.onnxruntime.OrtException;

/**
 * What the generators that paint sound as a spectrogram (diffusion, mel-diffusion, and the hybrid's redraw) share:
 * what they refuse, how long they make a piece, which installed model they use, how they read an init WAV and how
 * a model's failure is reported.
 */
final class PaintedSound {
    static final double SHORTEST_SECONDS = 0.5;
    static final double LONGEST_SECONDS = 600;

    private PaintedSound() {
    }

    /**
     * The length asked for, else {@code clipSeconds}; refuses note-level constraints (naming where they are kept,
     * {@code forNotes}) and lengths outside 0.5 s to 10 minutes.
     */
    static double seconds(MusicSpec spec, String generator, String forNotes, double clipSeconds)
            throws UnsatisfiableSpecException {
        for (SpecField<?> field : List.of(SpecField.PITCH_SET, SpecField.MELODY_PITCH_SET, SpecField.BASS_PITCH_SET,
                SpecField.OPENING)) {
            if (spec.get(field).isPresent()) {
                throw new UnsatisfiableSpecException("the " + generator + " generator cannot keep a " + field
                        + ": it paints sound, not notes; " + forNotes);
            }
        }
        double seconds = spec.isExplicit(SpecField.LENGTH) ? spec.lengthSeconds().orElseThrow() : clipSeconds;
        if (seconds > LONGEST_SECONDS || seconds < SHORTEST_SECONDS) {
            throw new UnsatisfiableSpecException("the " + generator + " generator makes 0.5 s to " + (int) LONGEST_SECONDS
                    + " s; asked for " + spec.get(SpecField.LENGTH).orElseThrow());
        }
        return seconds;
    }

    /** The models by name. */
    static List<OnnxModel> sorted(List<OnnxModel> models) {
        List<OnnxModel> present = new ArrayList<>(models);
        present.sort(Comparator.comparing(m -> m.descriptor().name()));
        return present;
    }

    /**
     * The model named, else the first by name. {@code what} names the kind in messages ("mel-flow model");
     * {@code whenNone} follows "no WHAT is installed" and says how to install one.
     */
    static OnnxModel choose(List<OnnxModel> models, String name, String what, String whenNone)
            throws UnsatisfiableSpecException {
        List<OnnxModel> present = sorted(models);
        if (present.isEmpty()) {
            throw new UnsatisfiableSpecException("no " + what + " is installed" + whenNone);
        }
        if (name == null || name.isBlank()) {
            return present.get(0);
        }
        return present.stream().filter(m -> m.descriptor().name().equals(name)).findFirst().orElseThrow(
                () -> new UnsatisfiableSpecException("no " + what + " named '" + name + "'; installed: "
                        + String.join(", ", present.stream().map(m -> m.descriptor().name()).toList())));
    }

    /**
     * The clip a prompt starts from: its init WAV, or its init picture heard as a Riffusion spectrogram (a
     * spectrogram PNG with its stored parameters, any other picture scaled to 512 rows); null when it has neither.
     */
    static AudioClip initClip(Prompt prompt, long seed) throws UnsatisfiableSpecException {
        Optional<Attachment> audio = prompt.attachment(Attachment.Kind.INIT_AUDIO);
        if (audio.isPresent()) {
            return wav(audio.get());
        }
        Optional<Attachment> picture = prompt.attachment(Attachment.Kind.INIT_SPECTROGRAM);
        if (picture.isEmpty()) {
            return null;
        }
        return RiffusionCodec.audio(spectrogram(picture.get()), seed);
    }

    /** A picture attachment read as a spectrogram; one that cannot be decoded is refused naming it. */
    static SpectrogramImage.Decoded spectrogram(Attachment picture) throws UnsatisfiableSpecException {
        try {
            return SpectrogramImage.picture(picture.bytes(), picture.fileName());
        } catch (UnreadableImageException e) {
            throw new UnsatisfiableSpecException(e.getMessage());
        }
    }

    /** A WAV attachment as a clip; one that is not a WAV is refused with the decoder's reason. */
    static AudioClip wav(Attachment a) throws UnsatisfiableSpecException {
        try {
            return AudioDecoding.decode(a.bytes(), a.fileName());
        } catch (IllegalArgumentException e) {
            throw new UnsatisfiableSpecException(e.getMessage());
        }
    }

    /** A model that could not be loaded or read ("cannot run"), or that ONNX Runtime failed in ("failed"). */
    static IllegalStateException failure(OnnxModel model, Exception e) {
        String how = e instanceof OrtException ? " failed: " : " cannot run: ";
        return new IllegalStateException("model " + model.descriptor().name() + how + e.getMessage(), e);
    }
}
