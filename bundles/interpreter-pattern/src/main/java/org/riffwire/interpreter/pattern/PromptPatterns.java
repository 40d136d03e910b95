// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.pattern;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;

import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.music.TrackRole;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.PatternPart;
import org.riffwire.interpreter.pattern.mini.MiniSyntaxException;

/**
 * Finds the patterns in a prompt and what plays each: Strudel's own calls ({@code note("c e g").s("piano")},
 * {@code n("0 2 4").scale("C:minor")}, {@code s("bd sd")}), and mini-notation in backticks after the instrument
 * that plays it ("a piano plays `c3 e3`", "bass: `c2 ~ g1`", "drums: `bd*2 sd`"). Also reads {@code setcps} and
 * {@code setcpm}, and the parts the prompt asks to add around the patterns ("add a bass line and chords").
 */
final class PromptPatterns {
    private static final java.util.regex.Pattern CALL = java.util.regex.Pattern.compile(
            "\\b(note|n|s|sound)\\(\\s*([\"`])(.*?)\\2\\s*\\)((?:\\s*\\.\\s*\\w+\\(\\s*(?:\"[^\"]*\"|'[^']*'|`[^`]*`|[-\\d.]+)?\\s*\\))*)",
            java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern CHAINED = java.util.regex.Pattern.compile(
            "\\.\\s*(s|sound|scale)\\(\\s*[\"'`]([^\"'`]*)[\"'`]\\s*\\)");
    private static final java.util.regex.Pattern FENCE = java.util.regex.Pattern.compile("```.*?(?:```|\\z)",
            java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern TICKS = java.util.regex.Pattern.compile("`([^`\\n]+)`");
    private static final java.util.regex.Pattern SCALE_AFTER = java.util.regex.Pattern.compile(
            "\\G\\s*\\.?\\s*scale\\(\\s*[\"'`]([^\"'`]*)[\"'`]\\s*\\)");
    private static final java.util.regex.Pattern ANY_SCALE = java.util.regex.Pattern.compile(
            "\\bscale\\(\\s*[\"'`]([^\"'`]*)[\"'`]\\s*\\)");
    private static final java.util.regex.Pattern PLAYER_AFTER = java.util.regex.Pattern.compile(
            "\\G\\s*(?:on|by|for)\\s+(?:an?|the)?\\s*([a-z][a-z0-9 _-]{0,30})", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern CPS = java.util.regex.Pattern.compile(
            "\\bsetcp([sm])\\(\\s*([0-9.]+(?:\\s*[*/]\\s*[0-9.]+)*)\\s*\\)");
    private static final java.util.regex.Pattern METER = java.util.regex.Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final java.util.regex.Pattern ADD = java.util.regex.Pattern.compile(
            "\\b(?:add|adds|adding|plus|with)\\b([^.;`\\n]*)", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern MINI_SIGNS = java.util.regex.Pattern.compile("[\\[\\]<>*~!@?(),/_]|\\s-\\s");
    private static final java.util.regex.Pattern ABC_SIGNS = java.util.regex.Pattern.compile(
            "\\||(?m)^[XKLMT]:|\\b(?:[A-Ga-gz][,']*\\d+[A-Ga-g]|[A-Ga-g]{3,})");

    /** What the prompt's patterns say: the parts, the parts to add, and a tempo from setcps or setcpm. */
    record Found(List<PatternPart> parts, List<String> words, Set<TrackRole> added, OptionalDouble bpm, String tempoWords,
            Optional<Pitches.Scale> key, String keyWords) {
    }

    private final String prompt;
    private final List<PatternPart> parts = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final List<int[]> taken = new ArrayList<>();
    private Pitches.Scale keyScale;
    private String keyWords;

    private PromptPatterns(String prompt) {
        this.prompt = prompt;
    }

    static Found read(String prompt) throws InvalidPromptException {
        PromptPatterns p = new PromptPatterns(prompt);
        p.calls();
        p.backticks();
        Set<TrackRole> added = p.added();
        OptionalDouble bpm = OptionalDouble.empty();
        String tempoWords = null;
        Matcher cps = CPS.matcher(prompt);
        if (cps.find() && !p.parts.isEmpty()) {
            double value = evaluate(cps.group(2));
            double perSecond = cps.group(1).equals("s") ? value : value / 60;
            Matcher meter = METER.matcher(p.outsidePatterns());
            double quarters = meter.find() ? Integer.parseInt(meter.group(1)) * 4.0 / Integer.parseInt(meter.group(2)) : 4;
            bpm = OptionalDouble.of(perSecond * 60 * quarters);
            tempoWords = cps.group();
        }
        return new Found(List.copyOf(p.parts), List.copyOf(p.words), added, bpm, tempoWords,
                Optional.ofNullable(p.keyScale), p.keyWords);
    }

    private void calls() throws InvalidPromptException {
        Matcher m = CALL.matcher(prompt);
        while (m.find()) {
            String head = m.group(1);
            String source = m.group(3);
            String sound = null;
            String scale = null;
            Matcher chain = CHAINED.matcher(m.group(4));
            while (chain.find()) {
                if (chain.group(1).equals("scale")) {
                    scale = chain.group(2);
                } else {
                    sound = chain.group(2);
                }
            }
            boolean drums = head.equals("s") || head.equals("sound");
            Instrument instrument = null;
            if (!drums) {
                instrument = sound == null ? piano() : Sounds.instrument(sound).orElse(null);
                if (sound != null && instrument == null) {
                    if (Sounds.isDrumKit(sound)) {
                        drums = true;
                    } else {
                        throw new InvalidPromptException("the sound \"" + sound + "\" in " + m.group().strip()
                                + " is not one Riffwire plays; use a General MIDI name such as \"piano\", \"gm_acoustic_bass\" or \"sawtooth\"");
                    }
                }
            }
            add(source, m.start(3), drums, drums ? null : instrument, scale == null ? globalScale() : scale, m.group());
            taken.add(new int[] {m.start(), m.end()});
        }
    }

    private void backticks() throws InvalidPromptException {
        String masked = mask(prompt);
        Matcher m = TICKS.matcher(masked);
        int clauseStart = 0;
        while (m.find()) {
            if (inside(m.start())) {
                continue;
            }
            String source = m.group(1);
            Matcher scaleAfter = SCALE_AFTER.matcher(prompt);
            String scale = scaleAfter.find(m.end()) ? scaleAfter.group(1) : null;
            String before = prompt.substring(clauseStart, m.start());
            Optional<String> player = Sounds.lastInstrumentPhrase(before);
            Matcher after = PLAYER_AFTER.matcher(prompt);
            if (player.isEmpty() && after.find(m.end())) {
                player = Sounds.lastInstrumentPhrase(after.group(1).split("\\s+(?:and|with|at|in|,)\\s+")[0]);
            }
            boolean looksLikeOurs = player.isPresent() || MINI_SIGNS.matcher(source).find()
                    || before.strip().endsWith(":") || before.toLowerCase(Locale.ROOT).matches("(?s).*\\bplays?\\s*$");
            // A span that does not read as a pattern is refused only when it looks like one; `cafe`, `notes` and
            // ABC notation in backticks are left to the other interpreters.
            boolean ours = looksLikeOurs && !ABC_SIGNS.matcher(source).find();
            boolean drums;
            try {
                drums = player.map(Sounds::isDrumKit).orElse(false) || (player.isEmpty() && MiniCyclePattern.allDrums(source));
            } catch (MiniSyntaxException e) {
                if (ours) {
                    throw refusal(source, m.start(1), e.getMessage(), e.column());
                }
                continue;
            }
            Instrument instrument = drums ? null : player.flatMap(Sounds::instrument).orElse(piano());
            try {
                add(source, m.start(1), drums, instrument, scale == null ? globalScale() : scale, m.group());
            } catch (InvalidPromptException notAPattern) {
                if (ours) {
                    throw notAPattern;
                }
                continue;
            }
            clauseStart = scaleAfter.find(m.end()) ? scaleAfter.end() : m.end();
        }
    }

    private void add(String source, int at, boolean drums, Instrument instrument, String scale, String written)
            throws InvalidPromptException {
        Pitches.Scale s;
        try {
            s = scale == null ? null : Pitches.scale(scale);
        } catch (IllegalArgumentException e) {
            throw new InvalidPromptException(e.getMessage());
        }
        try {
            parts.add(new PatternPart(drums ? null : instrument, drums, MiniCyclePattern.of(source, drums, s)));
            words.add(written.strip());
            if (s != null && keyScale == null && !drums) {
                // scale("D:dorian") says the key as well as what the numbers mean.
                keyScale = s;
                keyWords = "scale(\"" + scale + "\")";
            }
        } catch (MiniSyntaxException e) {
            throw refusal(source, at, e.getMessage(), e.column());
        } catch (MiniCyclePattern.WordException e) {
            throw new InvalidPromptException("pattern `" + source + "`: " + e.getMessage());
        }
    }

    private static InvalidPromptException refusal(String source, int at, String message, int column) {
        return new InvalidPromptException("pattern `" + source + "`: " + message + " (character " + (at + column)
                + " of the prompt)");
    }

    private String globalScale() {
        Matcher m = ANY_SCALE.matcher(prompt);
        return m.find() ? m.group(1) : null;
    }

    private boolean inside(int position) {
        return taken.stream().anyMatch(r -> position >= r[0] && position < r[1]);
    }

    /** The prompt with fenced blocks blanked, so backticks inside them are not read as inline patterns. */
    private static String mask(String text) {
        StringBuilder sb = new StringBuilder(text);
        Matcher f = FENCE.matcher(text);
        while (f.find()) {
            for (int i = f.start(); i < f.end(); i++) {
                if (sb.charAt(i) != '\n') {
                    sb.setCharAt(i, ' ');
                }
            }
        }
        return sb.toString();
    }

    /** The prompt with its patterns and calls removed, for the words around them. */
    private String outsidePatterns() {
        return mask(prompt).replaceAll("`[^`\\n]*`", " ").replaceAll(CALL.pattern(), " ");
    }

    /** The parts "add a bass line and chords" or "with drums" ask for, less those a pattern already plays. */
    private Set<TrackRole> added() {
        Set<TrackRole> roles = EnumSet.noneOf(TrackRole.class);
        if (parts.isEmpty()) {
            return roles;
        }
        Matcher m = ADD.matcher(outsidePatterns());
        while (m.find()) {
            String asked = m.group(1).toLowerCase(Locale.ROOT);
            if (asked.matches("(?s).*\\b(bass|bass ?line|bass part)\\b.*")) {
                roles.add(TrackRole.BASS);
            }
            if (asked.matches("(?s).*\\b(chords?|harmony|comping|pads?)\\b.*")) {
                roles.add(TrackRole.HARMONY);
            }
            if (asked.matches("(?s).*\\b(drums?|a beat|percussion)\\b.*")) {
                roles.add(TrackRole.DRUMS);
            }
        }
        for (PatternPart part : parts) {
            if (part.drums()) {
                roles.remove(TrackRole.DRUMS);
            } else if (part.instrument().program() >= 32 && part.instrument().program() < 40) {
                roles.remove(TrackRole.BASS);
            }
        }
        return roles;
    }

    private static Instrument piano() {
        return Sounds.instrument("piano").orElseThrow();
    }

    /** "0.5", "120/60/4", "30*2": numbers joined by * and /, left to right. */
    private static double evaluate(String expression) throws InvalidPromptException {
        String[] tokens = expression.replace(" ", "").split("(?=[*/])|(?<=[*/])");
        try {
            double value = Double.parseDouble(tokens[0]);
            for (int i = 1; i + 1 < tokens.length; i += 2) {
                double v = Double.parseDouble(tokens[i + 1]);
                value = tokens[i].equals("*") ? value * v : value / v;
            }
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidPromptException("setcps/setcpm needs a positive number, got '" + expression + "'");
        }
    }
}
