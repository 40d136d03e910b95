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
import org.riffwire.image.Picture;
import org.riffwire.image.PictureDecoder;
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
    /** Enough pixels to keep 512 rows of a picture five minutes wide. */
    static final long PIXELS = 512L * MAX_COLUMNS;

    private final PictureDecoder decoder = new PictureDecoder();

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
        byte[] bytes = image.bytes();
        Picture picture;
        try {
            picture = decoder.decode(bytes, image.fileName(), PIXELS);
        } catch (UnreadableImageException e) {
            throw new UnsatisfiableSpecException(e.getMessage());
        }
        context.checkCancelled();
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("generator", "spectrogram");
        metadata.put("image", image.fileName());
        AudioClip clip = stored(bytes, picture, context.seed());
        if (clip != null) {
            metadata.put("read as", "a spectrogram with its own parameters");
        } else {
            int[][] rows = Rows.scaled(picture, RiffusionParameters.DEFAULT.melBins());
            int columns = rows[0].length;
            if (columns > MAX_COLUMNS) {
                throw new UnsatisfiableSpecException(String.format(Locale.ROOT,
                        "%s would sound for %.0f s (%d columns at 512 rows); the spectrogram generator plays up to %d s",
                        image.fileName(), columns * 0.01, columns, MAX_COLUMNS / 100));
            }
            RiffusionCodec codec = new RiffusionCodec(RiffusionParameters.DEFAULT);
            float[] signal = codec.audio(SpectrogramImage.mel(rows, RiffusionParameters.DEFAULT),
                    RiffusionCodec.GRIFFIN_LIM_ITERATIONS, context.seed()).signal();
            clip = new AudioClip(RiffusionParameters.DEFAULT.sampleRate(), new float[][] {signal});
            metadata.put("read as", picture.sourceWidth() + " × " + picture.sourceHeight() + " picture, "
                    + columns + " columns of 512 rows");
        }
        return new Piece(spec, null, clip, metadata);
    }

    /** A PNG of exactly its mel bins' height, decoded whole, heard with the parameters it stores; else null. */
    private static AudioClip stored(byte[] bytes, Picture picture, long seed) {
        if (!picture.format().equals("png") || picture.width() != picture.sourceWidth()) {
            return null;
        }
        try {
            SpectrogramImage.Decoded decoded = SpectrogramImage.decode(bytes);
            if (decoded.mel().frames() > MAX_COLUMNS) {
                return null;
            }
            return RiffusionCodec.audio(bytes, seed);
        } catch (IllegalArgumentException notOne) {
            return null;
        }
    }
}
