// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.riffwire.api.Attachment;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Prompt;
import org.riffwire.api.PromptInterpreter;
import org.riffwire.api.propertytypes.Accepts;
import org.riffwire.api.propertytypes.Name;
import org.riffwire.api.spec.Provenance;
import org.riffwire.api.spec.Reading;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.api.spec.SpecValue;
import org.riffwire.api.spec.Strength;
import org.riffwire.image.Picture;
import org.riffwire.image.PictureDecoder;
import org.riffwire.image.UnreadableImageException;
import org.riffwire.interpreter.image.caption.Captioner;

/**
 * Reads the picture attached to a prompt: its colour, light and texture become an inferred mood, tempo, loudness,
 * register, density and arc ({@link ImageMapping}), and a description of it (or a captioner's caption) is read by
 * the semantic interpreter for style tags, as the image-to-music chains hand a caption on. A prompt without a
 * picture gives an empty patch; a picture that cannot be decoded is refused with one line.
 */
@Component(service = PromptInterpreter.class)
@Name(ImageMapping.NAME)
@Accepts(Accepts.IMAGE)
public final class ImageInterpreter implements PromptInterpreter {
    /** Style values read from the description count for less than the same values read from the prompt's words. */
    static final double STYLE_CONFIDENCE = 0.3;
    private static final List<SpecField<?>> STYLE = List.of(SpecField.GENRE, SpecField.INSTRUMENTS, SpecField.METER);

    private final PictureDecoder decoder = new PictureDecoder();
    private volatile PromptInterpreter semantic;
    private volatile Captioner captioner;
    private volatile String lastCaptionError;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(riffwire.name=semantic)")
    void bindSemantic(PromptInterpreter interpreter) {
        this.semantic = interpreter;
    }

    void unbindSemantic(PromptInterpreter interpreter) {
        if (semantic == interpreter) {
            semantic = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindCaptioner(Captioner c) {
        this.captioner = c;
    }

    void unbindCaptioner(Captioner c) {
        if (captioner == c) {
            captioner = null;
        }
    }

    @Override
    public SpecPatch interpret(Prompt prompt) throws InvalidPromptException {
        Optional<Attachment> attached = prompt.attachment(Attachment.Kind.IMAGE);
        if (attached.isEmpty()) {
            return SpecPatch.empty(ImageMapping.NAME);
        }
        Attachment image = attached.get();
        Picture picture;
        try {
            picture = decoder.decode(image.bytes(), image.fileName(), PictureFeatures.PIXELS);
        } catch (UnreadableImageException e) {
            throw new InvalidPromptException(e.getMessage());
        }
        PictureFeatures features = PictureFeatures.measure(picture);
        SpecPatch mood = ImageMapping.patch(image.fileName(), features);
        String text = caption(picture).orElse(Description.of(features));
        return withStyle(mood, text);
    }

    private Optional<String> caption(Picture picture) {
        Captioner c = captioner;
        if (c == null) {
            return Optional.empty();
        }
        try {
            Optional<String> caption = c.caption(picture).filter(s -> !s.isBlank());
            lastCaptionError = null;
            return caption;
        } catch (Exception e) {
            lastCaptionError = "the captioner failed on the last picture: " + e.getMessage();
            return Optional.empty();
        }
    }

    /** The mood patch with the semantic interpreter's style values for the picture's words, at lower confidence. */
    private SpecPatch withStyle(SpecPatch mood, String text) {
        List<SpecValue<?>> values = new ArrayList<>(mood.values());
        List<Reading> readings = new ArrayList<>(mood.readings());
        readings.add(new Reading(ImageMapping.NAME, "image description", text, 1));
        PromptInterpreter reader = semantic;
        SpecPatch style = SpecPatch.empty(ImageMapping.NAME);
        if (reader != null) {
            try {
                style = reader.interpret(Prompt.of(text));
            } catch (InvalidPromptException | RuntimeException e) {
                // Style is a bonus: the mood stands without it.
            }
        }
        for (Reading r : style.readings()) {
            if (r.kind().equals("tag")) {
                readings.add(new Reading(ImageMapping.NAME, "image tag", r.label(), r.value()));
            }
        }
        for (SpecValue<?> v : style.values()) {
            if (STYLE.contains(v.field())) {
                List<String> words = new ArrayList<>();
                words.add("image description \"" + text + "\"");
                v.provenance().words().stream().filter(w -> w.startsWith("tag ")).findFirst().ifPresent(words::add);
                values.add(restated(v, new Provenance(ImageMapping.NAME, words,
                        Math.min(STYLE_CONFIDENCE, v.provenance().confidence()), Strength.INFERRED)));
            }
        }
        return new SpecPatch(ImageMapping.NAME, values, readings);
    }

    private static <T> SpecValue<T> restated(SpecValue<T> v, Provenance p) {
        return new SpecValue<>(v.field(), v.value(), p);
    }

    @Override
    public String status() {
        String captions = captioner == null ? "no captioner (describes colour and light itself)" : "captioner "
                + captioner.getClass().getSimpleName();
        String style = semantic == null ? "no semantic interpreter for style tags" : "style tags by the semantic interpreter";
        String error = lastCaptionError == null ? "" : "; " + lastCaptionError;
        return String.format(Locale.ROOT, "ready: %s, %s%s", captions, style, error);
    }
}
