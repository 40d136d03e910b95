// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.pattern.mini;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Strudel and TidalCycles mini-notation into a {@link Pattern} of words, following Strudel's mini.mjs and
 * the "Mini-Notation" page of strudel.cc: steps split the cycle evenly; {@code [ ]} groups steps into one;
 * {@code < >} plays one step per cycle; {@code ,} stacks; {@code *n} and {@code /n} (n a number or a pattern)
 * speed up and slow down; {@code ~} and {@code -} rest; {@code !n} repeats a step (a bare {@code !} the previous
 * step); {@code @n} and {@code _} lengthen; {@code ?} and {@code ?0.3} drop events at random (Strudel's seeded
 * random, so the same ones every run); {@code (3,8)} and {@code (3,8,2)} are Euclidean rhythms. {@code |},
 * {@code { }}, {@code %} and {@code ..} are refused by name. Errors point at the column of the character.
 */
public final class MiniNotation {
    private final String source;
    private int at;
    private int seeds;
    /** Every word read so far, in order. */
    private final List<Atom> atoms = new ArrayList<>();

    private MiniNotation(String source) {
        this.source = source;
    }

    /** A read pattern and every word it holds, in order. */
    public record Parsed(Pattern<Atom> pattern, List<Atom> words) {
    }

    public static Pattern<Atom> parse(String source) throws MiniSyntaxException {
        return read(source).pattern();
    }

    public static Parsed read(String source) throws MiniSyntaxException {
        MiniNotation parser = new MiniNotation(source);
        parser.space();
        if (parser.at >= source.length()) {
            throw new MiniSyntaxException("an empty pattern", 1);
        }
        Pattern<Atom> pattern = parser.stackOfSequences(false).pattern();
        parser.space();
        if (parser.at < source.length()) {
            char c = source.charAt(parser.at);
            throw parser.error(c == ']' || c == '>' || c == ')' ? "unbalanced '" + c + "'" : "unexpected '" + c + "'");
        }
        return new Parsed(pattern, List.copyOf(parser.atoms));
    }

    /** Sequences separated by commas, played together; for {@code < >} each is slowed by its own length. */
    private record Stacked(Pattern<Atom> pattern) {
    }

    private Stacked stackOfSequences(boolean alternation) throws MiniSyntaxException {
        List<Pattern<Atom>> layers = new ArrayList<>();
        while (true) {
            Sequence seq = sequence();
            layers.add(alternation ? seq.pattern().slow(seq.weight()) : seq.pattern());
            space();
            if (peek(',')) {
                at++;
                continue;
            }
            return new Stacked(layers.size() == 1 ? layers.get(0) : Pattern.stack(layers));
        }
    }

    private record Sequence(Pattern<Atom> pattern, Rational weight) {
    }

    private Sequence sequence() throws MiniSyntaxException {
        List<Pattern<Atom>> steps = new ArrayList<>();
        List<Rational> weights = new ArrayList<>();
        while (true) {
            space();
            if (at >= source.length() || peek(',') || peek(']') || peek('>') || peek(')')) {
                break;
            }
            char c = source.charAt(at);
            if (c == '|') {
                throw error("'|' (a random choice between sequences) is not supported");
            }
            if (c == '.' && (at + 1 >= source.length() || Character.isWhitespace(source.charAt(at + 1)))) {
                throw error("'.' (groups of steps) is not supported; use [ ] instead");
            }
            if (c == '_' && standalone()) {
                if (steps.isEmpty()) {
                    throw error("'_' lengthens the step before it, and there is none");
                }
                at++;
                weights.set(weights.size() - 1, weights.get(weights.size() - 1).add(Rational.ONE));
                continue;
            }
            if (c == '!' && (at + 1 >= source.length() || !Character.isDigit(source.charAt(at + 1)))) {
                if (steps.isEmpty()) {
                    throw error("'!' repeats the step before it, and there is none");
                }
                at++;
                steps.add(steps.get(steps.size() - 1));
                weights.add(weights.get(weights.size() - 1));
                continue;
            }
            Step step = step();
            steps.add(step.pattern());
            weights.add(step.weight());
        }
        if (steps.isEmpty()) {
            throw error(at >= source.length() ? "the pattern ends where a step should be"
                    : peek(',') ? "nothing before ','" : "an empty group");
        }
        Rational total = Rational.ZERO;
        for (Rational w : weights) {
            total = total.add(w);
        }
        return new Sequence(steps.size() == 1 && weights.get(0).equals(Rational.ONE) ? steps.get(0)
                : Pattern.timeCat(weights, steps), total);
    }

    private record Step(Pattern<Atom> pattern, Rational weight) {
    }

    private Step step() throws MiniSyntaxException {
        Pattern<Atom> p = term();
        Rational weight = Rational.ONE;
        while (at < source.length()) {
            char c = source.charAt(at);
            int column = at;
            if (c == '*' || c == '/') {
                at++;
                Pattern<Rational> factor = factor();
                p = c == '*' ? p.fast(factor) : p.slow(factor);
            } else if (c == '!' && at + 1 < source.length() && Character.isDigit(source.charAt(at + 1))) {
                at++;
                long times = wholeNumber("'!' needs a whole number of repeats");
                if (times < 1) {
                    throw error("'!' needs at least one repeat", column + 1);
                }
                p = p.repeatCycles(times).fast(Rational.of(times));
                weight = weight.mul(Rational.of(times));
            } else if (c == '@') {
                at++;
                weight = number("'@' needs a number, the step's length");
                if (!weight.isPositive()) {
                    throw error("'@' needs a length above 0", column + 1);
                }
            } else if (c == '?') {
                at++;
                double amount = 0.5;
                if (at < source.length() && (Character.isDigit(source.charAt(at)) || source.charAt(at) == '.')) {
                    amount = number("'?' takes a probability such as 0.3").toDouble();
                    if (amount < 0 || amount > 1) {
                        throw error("'?' takes a probability from 0 to 1", column + 1);
                    }
                }
                Rational shift = StrudelRand.SEED_SHIFT.mul(Rational.of(seeds++));
                double threshold = amount;
                p = p.filterOnsets(onset -> StrudelRand.at(onset.add(shift)) >= threshold);
            } else if (c == '(') {
                at++;
                int pulses = (int) euclidArgument("pulses");
                expectComma("steps");
                int steps = (int) euclidArgument("steps");
                if (steps < 1 || steps > 256) {
                    throw error("a Euclidean rhythm needs 1 to 256 steps", column + 1);
                }
                int rotation = 0;
                space();
                if (peek(',')) {
                    at++;
                    rotation = (int) euclidArgument("rotation");
                }
                space();
                if (!peek(')')) {
                    throw error(at < source.length() ? "unexpected '" + source.charAt(at) + "' in a Euclidean rhythm"
                            : "unbalanced '('", at < source.length() ? at + 1 : column + 1);
                }
                at++;
                p = p.struct(Bjorklund.rhythm(pulses, steps, rotation));
            } else if (c == ':') {
                // A sample number ("bd:3"): Strudel picks a recording; a General MIDI sound has one.
                at++;
                int start = at;
                while (at < source.length() && Character.isLetterOrDigit(source.charAt(at))) {
                    at++;
                }
                if (at == start) {
                    throw error("':' needs a sample number", column + 1);
                }
            } else if (c == '%') {
                throw error("'%' (steps per cycle) is not supported");
            } else {
                break;
            }
        }
        return new Step(p, weight);
    }

    private Pattern<Atom> term() throws MiniSyntaxException {
        char c = source.charAt(at);
        int column = at;
        if (c == '[' || c == '<') {
            at++;
            space();
            if (at >= source.length()) {
                throw error("unbalanced '" + c + "'", column + 1);
            }
            Stacked inner = stackOfSequences(c == '<');
            space();
            char close = c == '[' ? ']' : '>';
            if (!peek(close)) {
                if (at >= source.length()) {
                    throw error("unbalanced '" + c + "'", column + 1);
                }
                throw error("'" + source.charAt(at) + "' where '" + close + "' closes the '" + c + "' at " + (column + 1));
            }
            at++;
            return inner.pattern();
        }
        if (c == '{') {
            throw error("'{ }' (polymeter) is not supported");
        }
        if (c == '~' || (c == '-' && (at + 1 >= source.length() || !Character.isDigit(source.charAt(at + 1))))) {
            at++;
            return Pattern.silence();
        }
        if (!wordChar(c) && c != '-') {
            throw error(c == ']' || c == '>' || c == ')' ? "unbalanced '" + c + "'" : "unexpected '" + c + "'");
        }
        int start = at;
        at++;
        while (at < source.length() && wordChar(source.charAt(at))) {
            if (source.charAt(at) == '.' && source.startsWith("..", at)) {
                throw error("'..' (ranges) is not supported");
            }
            at++;
        }
        Atom atom = new Atom(source.substring(start, at), start + 1);
        atoms.add(atom);
        return Pattern.pure(atom);
    }

    private Pattern<Rational> factor() throws MiniSyntaxException {
        if (at >= source.length()) {
            throw error("'" + source.charAt(at - 1) + "' needs a number");
        }
        char c = source.charAt(at);
        if (c == '[' || c == '<') {
            int first = atoms.size();
            Pattern<Atom> words = term();
            for (Atom a : atoms.subList(first, atoms.size())) {
                try {
                    Rational.parse(a.text());
                } catch (NumberFormatException | ArithmeticException e) {
                    throw new MiniSyntaxException("a speed must be a number, got '" + a.text() + "'", a.column());
                }
            }
            return words.map(a -> Rational.parse(a.text()));
        }
        return Pattern.pure(number("'" + source.charAt(at - 1) + "' needs a number such as 2 or 1.5"));
    }

    private long euclidArgument(String what) throws MiniSyntaxException {
        space();
        if (at < source.length() && (source.charAt(at) == '-' || Character.isDigit(source.charAt(at)))) {
            boolean negative = source.charAt(at) == '-';
            if (negative) {
                at++;
            }
            long n = wholeNumber("a Euclidean rhythm's " + what + " is a whole number");
            space();
            return negative ? -n : n;
        }
        throw error(at >= source.length() ? "unbalanced '('" : "a Euclidean rhythm's " + what + " is a whole number");
    }

    private void expectComma(String next) throws MiniSyntaxException {
        space();
        if (!peek(',')) {
            throw error(at >= source.length() ? "unbalanced '('" : "a Euclidean rhythm needs ',' and its " + next);
        }
        at++;
    }

    private long wholeNumber(String message) throws MiniSyntaxException {
        int start = at;
        while (at < source.length() && Character.isDigit(source.charAt(at))) {
            at++;
        }
        if (at == start || at - start > 6) {
            throw error(message, start + 1);
        }
        return Long.parseLong(source.substring(start, at));
    }

    private Rational number(String message) throws MiniSyntaxException {
        int start = at;
        while (at < source.length() && (Character.isDigit(source.charAt(at)) || source.charAt(at) == '.')) {
            at++;
        }
        try {
            if (at - start > 9) {
                throw new NumberFormatException();
            }
            return Rational.parse(source.substring(start, at));
        } catch (NumberFormatException | ArithmeticException e) {
            throw error(message, start + 1);
        }
    }

    private boolean standalone() {
        boolean before = at == 0 || !wordChar(source.charAt(at - 1));
        boolean after = at + 1 >= source.length() || !wordChar(source.charAt(at + 1));
        return before && after;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '#' || c == '.' || c == '_' || c == '\'' || (c == '-');
    }

    private boolean peek(char c) {
        return at < source.length() && source.charAt(at) == c;
    }

    private void space() {
        while (at < source.length() && Character.isWhitespace(source.charAt(at))) {
            at++;
        }
    }

    private MiniSyntaxException error(String message) {
        return error(message, at + 1);
    }

    private MiniSyntaxException error(String message, int column) {
        return new MiniSyntaxException(message, column);
    }
}
