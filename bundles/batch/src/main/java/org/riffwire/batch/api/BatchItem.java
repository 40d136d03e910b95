// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One line of a prompt list. Everything an engine needs to make it, and nothing about where it runs, so every
 * engine makes the same bytes: the file names come from the line and the prompt, the seed from the line and the
 * prompt when the list gives none.
 *
 * @param line     the line of the list it came from (1-based, counting a TSV header)
 * @param prompt   the prompt text
 * @param seed     the seed the list gives, or null
 * @param pipeline the pipeline, or null for the default
 * @param formats  file extensions to write, such as mid and wav; never empty
 * @param settings spec settings (the list's set column, as --set takes them)
 * @param extra    the list's other columns, kept in the manifest
 * @param problem  why the line cannot be made (a malformed line), or null
 */
public record BatchItem(int line, String prompt, Long seed, String pipeline, List<String> formats,
        Map<String, String> settings, Map<String, String> extra, String problem) {
    /** The formats of an item whose list names none. */
    public static final List<String> DEFAULT_FORMATS = List.of("mid");

    private static final int SLUG_LENGTH = 40;

    public BatchItem {
        prompt = prompt == null ? "" : prompt;
        formats = formats == null || formats.isEmpty() ? DEFAULT_FORMATS : List.copyOf(formats);
        settings = Map.copyOf(new TreeMap<>(settings == null ? Map.of() : settings));
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /** A line that cannot be made, recorded as a failed item. */
    public static BatchItem malformed(int line, String prompt, String problem) {
        return new BatchItem(line, prompt, null, null, null, null, null, problem);
    }

    /**
     * The item's name, its files' name without the extension: the line, six digits at least so a folder listing
     * sorts in list order, and the prompt's words ({@code 000042-a-folk-song-in-d}).
     */
    public String name() {
        String slug = prompt.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
        }
        return String.format(Locale.ROOT, "%06d-%s", line, slug.isEmpty() ? "piece" : slug);
    }

    /**
     * The seed to make it with: the list's, else one derived from the line and the prompt (FNV-1a, 63 bits), so
     * two lines with the same prompt make two pieces, and a repeated run makes the same ones.
     */
    public long effectiveSeed() {
        if (seed != null) {
            return seed;
        }
        long h = 0xcbf29ce484222325L;
        for (byte b : (line + "\u0000" + prompt).getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h & Long.MAX_VALUE;
    }

    /**
     * A digest of what decides the item's bytes (line, prompt, seed, pipeline, formats, settings): a manifest
     * entry made under another digest is for another item, so a resumed run makes it again.
     */
    public String digest() {
        String canonical = String.join("\u0000", Integer.toString(line), prompt, Long.toString(effectiveSeed()),
                pipeline == null ? "" : pipeline, String.join(",", formats), settings.toString());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
