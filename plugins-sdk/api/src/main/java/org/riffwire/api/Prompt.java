// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * What a user asks for: text, attachments (a picture, an init clip) and explicit overrides. Overrides are settings
 * the user gives outside the text ({@code "tempo" → "90"}, with the keys a pipeline's settings use); they count as
 * stated by the prompt. The runtime validates a prompt (text length, attachment sizes) before interpreters see it.
 * Build one with {@link #of(String)} or {@link #builder()}; new parts are added as builder methods, so a plug-in
 * compiled today keeps working.
 */
public final class Prompt {
    public static final int MAX_LENGTH = 4096;

    private final String text;
    private final List<Attachment> attachments;
    private final Map<String, String> overrides;
    private final Double initStrength;

    private Prompt(Builder b) {
        this.text = b.text;
        this.attachments = List.copyOf(b.attachments);
        this.overrides = Map.copyOf(b.overrides);
        this.initStrength = b.initStrength;
    }

    public static Prompt of(String text) {
        return builder().text(text).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this prompt's parts, to change one. */
    public Builder toBuilder() {
        Builder b = new Builder().text(text);
        attachments.forEach(b::attach);
        b.overrides.putAll(overrides);
        b.initStrength = initStrength;
        return b;
    }

    /** The text, possibly empty when an attachment carries the request. */
    public String text() {
        return text;
    }

    public List<Attachment> attachments() {
        return attachments;
    }

    /** The first attachment of a kind. */
    public Optional<Attachment> attachment(Attachment.Kind kind) {
        return attachments.stream().filter(a -> a.kind() == kind).findFirst();
    }

    public Map<String, String> overrides() {
        return overrides;
    }

    /**
     * How far a generator may move away from an init clip, in (0, 1]: near 0 keeps the clip, 1 ignores it (the
     * img2img "strength" of diffusion models). Empty: the generator's own default.
     */
    public OptionalDouble initStrength() {
        return initStrength == null ? OptionalDouble.empty() : OptionalDouble.of(initStrength);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Prompt p && text.equals(p.text) && attachments.equals(p.attachments)
                && overrides.equals(p.overrides) && Objects.equals(initStrength, p.initStrength);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, attachments, overrides, initStrength);
    }

    @Override
    public String toString() {
        return "Prompt[" + text + (attachments.isEmpty() ? "" : ", " + attachments) + (overrides.isEmpty() ? "" : ", " + overrides)
                + "]";
    }

    /** Collects a prompt's parts. */
    public static final class Builder {
        private String text = "";
        private final List<Attachment> attachments = new ArrayList<>();
        private final Map<String, String> overrides = new TreeMap<>();
        private Double initStrength;

        private Builder() {
        }

        public Builder text(String text) {
            this.text = Objects.requireNonNull(text, "text");
            return this;
        }

        public Builder attach(Attachment attachment) {
            attachments.add(Objects.requireNonNull(attachment, "attachment"));
            return this;
        }

        public Builder override(String key, String value) {
            overrides.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** @throws IllegalArgumentException outside (0, 1] */
        public Builder initStrength(double strength) {
            if (!(strength > 0 && strength <= 1)) {
                throw new IllegalArgumentException("the init strength is in (0, 1], got " + strength);
            }
            this.initStrength = strength;
            return this;
        }

        public Prompt build() {
            return new Prompt(this);
        }
    }
}
