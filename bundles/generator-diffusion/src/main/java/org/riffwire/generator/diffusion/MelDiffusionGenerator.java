// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.diffusion;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.riffwire.api.GenerationContext;
import org.riffwire.api.Generator;
import org.riffwire.api.Piece;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.propertytypes.Accepts;
import org.riffwire.api.propertytypes.Honours;
import org.riffwire.api.propertytypes.Name;
import org.riffwire.api.propertytypes.Options;
import org.riffwire.api.propertytypes.Produces;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.onnx.api.ModelUnavailableException;
import org.riffwire.onnx.api.OnnxModel;

import ai.onnxruntime.OrtException;

/**
 * Text to sound with Riffwire's own small model (kind mel-flow, shipped with the runtime): a log-mel spectrogram
 * drawn by a rectified flow conditioned on the prompt's sentence embedding, the spec's tempo (as the beat phase),
 * drums, dynamics and lead instrument, then Griffin-Lim. Any length (overlapping windows), loops, and img2img
 * from an init WAV. Options: {@code model}, {@code steps} (24), {@code guidance} (3), {@code strength} (0.6, for
 * init clips), {@code loop}. The sound follows tempo, drums, brightness and instrument family as far as the model
 * learned them (bench/prompt-control.sh measures how far); key and meter only through the prompt's words, which
 * the model was not trained to follow. Pitch sets and note lists are refused: the {@code hybrid} generator keeps
 * them.
 */
@Component(service = Generator.class, property = "riffwire.timeout:Integer=600")
@Name("mel-diffusion")
@Produces(Produces.AUDIO)
@Accepts({Accepts.INIT_AUDIO, Accepts.INIT_SPECTROGRAM})
@Options({"model", "steps", "guidance", "strength", "loop"})
@Honours(exact = "length", approximate = {"tempo", "drums", "instruments", "dynamics", "genre", "valence", "arousal",
        "tonic", "mode", "meter"})
public final class MelDiffusionGenerator implements Generator {
    private final OwnModel own;

    @Activate
    public MelDiffusionGenerator(@Reference OwnModel own) {
        this.own = own;
    }

    @Override
    public Piece generate(MusicSpec spec, GenerationContext context) throws UnsatisfiableSpecException {
        double seconds = PaintedSound.seconds(spec, "mel-diffusion", "the hybrid pipeline (-p hybrid) keeps note-level "
                + "constraints", DiffusionGenerator.CLIP_SECONDS);
        GeneratorOptions options = new GeneratorOptions(context.options());
        OnnxModel flow = own.flow(options.text("model", null));
        OwnModel.Settings settings = OwnModel.Settings.of(options, 0.6);
        if (context.prompt().initStrength().isPresent()) {
            settings = new OwnModel.Settings(settings.steps(), settings.guidance(),
                    context.prompt().initStrength().getAsDouble(), settings.loop());
        }
        AudioClip initClip = PaintedSound.initClip(context.prompt(), context.seed());
        try {
            AudioClip audio = own.sound(flow, context.prompt().text(), spec, seconds,
                    initClip == null ? null : own.initMel(flow, initClip), settings, context.seed(), context);
            Map<String, String> metadata = new LinkedHashMap<>();
            metadata.put("model", flow.descriptor().name());
            metadata.put("steps", String.valueOf(settings.steps()));
            metadata.put("guidance", String.valueOf(settings.guidance()));
            if (initClip != null) {
                metadata.put("strength", String.valueOf(settings.strength()));
            }
            if (settings.loop()) {
                metadata.put("loop", "yes");
            }
            return new Piece(spec, null, audio, metadata);
        } catch (ModelUnavailableException | IOException | OrtException e) {
            throw PaintedSound.failure(flow, e);
        }
    }

    @Override
    public String status() {
        return own.status();
    }
}
