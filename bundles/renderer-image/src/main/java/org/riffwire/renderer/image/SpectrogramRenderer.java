// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.image;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.riffwire.api.Piece;
import org.riffwire.api.Renderer;
import org.riffwire.api.Synthesizer;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.propertytypes.Format;
import org.riffwire.api.propertytypes.Name;
import org.riffwire.dsp.spectral.RiffusionCodec;
import org.riffwire.dsp.spectral.RiffusionParameters;

/**
 * Writes a piece as a Riffusion spectrogram image: one column every 10 ms of its audio (512 columns for 5.12 s),
 * 512 mel bins from 0 to 10 kHz, the parameters in the PNG. A score is sounded first by the runtime's
 * {@link Synthesizer}.
 */
@Component(service = Renderer.class)
@Name("spectrogram")
@Format("png")
public final class SpectrogramRenderer implements Renderer {
    private final RiffusionCodec codec = new RiffusionCodec(RiffusionParameters.DEFAULT);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Synthesizer synthesizer;

    @Override
    public void render(Piece piece, OutputStream out) throws IOException, UnsatisfiableSpecException {
        render(piece, out, Map.of());
    }

    /** A score is sounded with the request's settings (its SoundFont), as its .wav is. */
    @Override
    public void render(Piece piece, OutputStream out, Map<String, String> settings)
            throws IOException, UnsatisfiableSpecException {
        out.write(codec.image(audio(piece, settings)));
    }

    private AudioClip audio(Piece piece, Map<String, String> settings) throws IOException, UnsatisfiableSpecException {
        if (piece.audio().isPresent()) {
            return piece.audio().get();
        }
        Synthesizer current = synthesizer;
        if (current == null) {
            throw new UnsatisfiableSpecException("a spectrogram of a score needs a synthesizer (the audio renderer), which "
                    + "is not running");
        }
        return current.synthesize(piece.score().orElseThrow(), settings);
    }

    @Override
    public String status() {
        return synthesizer == null ? "audio pieces only: no synthesizer for scores" : "Riffusion spectrograms (44.1 kHz, "
                + "10 ms columns, 512 mel bins 0–10 kHz)";
    }
}
