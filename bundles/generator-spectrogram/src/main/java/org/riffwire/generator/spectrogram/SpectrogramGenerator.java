// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.spectrogram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.riffwire.api.Attachment;
import org.riffwire.api.GenerationContext;
import org.riffwire.api.Generator;
import org.riffwire.api.Piece;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.propertytypes.Accepts;
import org.riffwire.api.propertytypes.Name;
import org.riffwire.api.propertytypes.Produces;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.SpecValue;
import org.riffwire.api.spec.Strength;
import org.riffwire.dsp.spectral.RiffusionCodec;
import org.riffwire.dsp.spectral.RiffusionParameters;
import org.riffwire.dsp.spectral.SpectrogramImage;
import org.riffwire.image.UnreadableImageException;

/**
 * Hears a picture as a Riffusion spectrogram: its grey levels, scaled to 512 rows (the lowest mel band at the
 * bottom, dark loud), each column 10 ms, made audible by Griffin-Lim. A spectrogram PNG that Riffwire or
 * Riffusion wrote is read with the parameters stored in it, so it comes back as (nearly) the sound it was made
 * from. The picture is played as it is: a prompt's explicit tempo, key or notes cannot be kept and are refused.
 */
@Component(service = Generator.class)
@Name("spectrogram")
@Produces(Produces.AUDIO)
@Accepts(Accepts.IMAGE)
public final class SpectrogramGenerator implements Generator {
    /** The longest sound a picture may make: 30,000 columns, five minutes at 10 ms. */
    static final int MAX_COLUMNS = 30_000;

    @Override
    public Piece generate(MusicSpec spec, GenerationContext context) throws UnsatisfiableSpecException {
        Attachment image = context.prompt().attachment(Attachment.Kind.IMAGE).orElseThrow(() -> new UnsatisfiableSpecException(
                "the spectrogram generator hears a picture: attach one (generate --image FILE)"));
        List<String> stated = new ArrayList<>();
        for (SpecValue<?> v : spec.values()) {
            if (v.strength() == Strength.EXPLICIT && !v.field().name().equals("title")) {
                stated.add(v.field() + " " + v.value());
            }
        }
        if (!stated.isEmpty()) {
            throw new UnsatisfiableSpecException("the spectrogram generator plays the picture as it is and cannot keep "
                    + String.join(", ", stated) + "; use a pipeline whose generator writes music, such as default");
        }
        SpectrogramImage.Decoded heard;
        try {
            heard = SpectrogramImage.picture(image.bytes(), image.fileName());
        } catch (UnreadableImageException e) {
            throw new UnsatisfiableSpecException(e.getMessage());
        }
        int columns = heard.mel().frames();
        if (columns > MAX_COLUMNS) {
            throw new UnsatisfiableSpecException(String.format(Locale.ROOT,
                    "%s would sound for %.0f s (%d columns); the spectrogram generator plays up to %d s",
                    image.fileName(), columns * heard.parameters().hopMs() / 1000.0, columns, MAX_COLUMNS / 100));
        }
        context.checkCancelled();
        RiffusionParameters parameters = heard.parameters();
        AudioClip clip = RiffusionCodec.audio(heard, context.seed());
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("generator", "spectrogram");
        metadata.put("image", image.fileName());
        metadata.put("read as", columns + " columns of " + heard.mel().bins() + " mel bands, every " + parameters.hopMs()
                + " ms" + (parameters.maxValue() > 0 ? ", with the parameters stored in it" : ""));
        return new Piece(spec, null, clip, metadata);
    }
}
