// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.riffwire.api.music.Note;
import org.riffwire.onnx.api.ModelUnavailableException;
import org.riffwire.onnx.api.OnnxModel;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * A melody sampled from the learned model, token by token, with every hard constraint made true by masking the
 * logits before each draw, never repaired afterwards: pitches outside the allowed pitch classes or the
 * instrument's range are never drawn; a duration longer than what is left of the bar is never drawn, and a full
 * bar always draws BAR, so every bar fills its meter exactly and the piece has exactly the bars asked for; a
 * phrase (every fourth bar) and the piece end on a stable tone (the tonic triad; the tonic at the very end). An
 * opening, when given, is fed to the model first and kept note for note. Seeded: the same inputs give the same
 * tune. Top-p (nucleus) sampling at a temperature.
 */
final class LearnedMelody {
    static final double TEMPERATURE = 0.95;
    static final double TOP_P = 0.95;
    /** Tokens kept when the context is full and the model is started again on the latest bars. */
    static final int KEEP_BARS = 4;

    /** What the melody must be: conditioning tokens, where it sits, what it may use, how long it is. */
    record Request(String meter, String mode, String rhythm, int tonic, int lowest, int highest, Set<Integer> allowed,
            int bars, int barUnits, int lastBarUnits, int beatUnits, List<int[]> opening, int velocity, long seed) {
    }

    private final OnnxModel model;
    private final MelodyVocabulary vocabulary;

    LearnedMelody(OnnxModel model, MelodyVocabulary vocabulary) {
        this.model = model;
        this.vocabulary = vocabulary;
    }

    /** The tonic in the octave that best fits the range: the model's tunes mostly lie from a fifth below it to two octaves above. */
    static int base(int tonic, int lowest, int highest) {
        int best = 60 + tonic;
        double bestMiss = Double.MAX_VALUE;
        for (int octave = -3; octave <= 3; octave++) {
            int b = 60 + tonic + 12 * octave;
            double miss = Math.max(0, lowest - (b - 5)) + Math.max(0, (b + 19) - highest);
            if (miss < bestMiss) {
                bestMiss = miss;
                best = b;
            }
        }
        return best;
    }

    /** The notes, from tick 0, in score ticks. */
    List<Note> write(Request r) throws OrtException, ModelUnavailableException {
        return model.run(OnnxModel.MAIN, (env, session) -> sample(env, session, r));
    }

    private List<Note> sample(OrtEnvironment env, OrtSession session, Request r) throws OrtException {
        int base = base(r.tonic(), r.lowest(), r.highest());
        Random random = new Random(r.seed());
        List<int[]> notes = new ArrayList<>(); // {pitch or -1, units, bar}
        List<Integer> history = new ArrayList<>();
        List<Integer> prefix = List.of(vocabulary.bos, vocabulary.id("M:" + r.meter()), vocabulary.id("K:" + r.mode()),
                vocabulary.id("R:" + r.rhythm()));
        Cache cache = new Cache(env);
        try {
            float[] logits = cache.feed(session, prefix);
            int bar = 0;
            int left = r.bars() == 1 ? r.lastBarUnits() : r.barUnits();
            int opened = 0;
            while (bar < r.bars()) {
                if (left == 0) {
                    bar++;
                    if (bar == r.bars()) {
                        break;
                    }
                    left = bar == r.bars() - 1 ? r.lastBarUnits() : r.barUnits();
                    logits = step(cache, session, prefix, history, vocabulary.bar);
                    continue;
                }
                // In a phrase's last bar (and the piece's) only a stable tone may fill the bar, and from its
                // last beat on only stable tones are drawn: the phrase cadences, the piece ends on the tonic.
                boolean cadenceBar = bar % 4 == 3 || bar == r.bars() - 1;
                boolean end = bar == r.bars() - 1;
                boolean cadence = cadenceBar && left <= r.beatUnits();
                int pitchToken;
                int units;
                if (opened < r.opening().size()) {
                    int[] given = r.opening().get(opened++);
                    pitchToken = given[0] < 0 ? vocabulary.rest : vocabulary.pitch(given[0] - base).orElseThrow(
                            () -> new IllegalArgumentException("an opening note outside the model's range"));
                    units = given[1];
                    if (units > left) {
                        throw new IllegalArgumentException("an opening note crosses a bar line");
                    }
                } else {
                    pitchToken = draw(logits, pitchMask(r, base, cadence, end), random);
                    units = -1;
                }
                logits = step(cache, session, prefix, history, pitchToken);
                if (units < 0) {
                    boolean mayFill = !cadenceBar || stable(pitchToken, base, r, end);
                    boolean[] mask = durationMask(left, cadence && mayFill && vocabulary.duration(left).isPresent(), mayFill);
                    units = vocabulary.durationOf[draw(logits, mask, random)];
                }
                int durationToken = vocabulary.duration(units).orElseThrow(
                        () -> new IllegalArgumentException("an opening duration the model has no token for"));
                logits = step(cache, session, prefix, history, durationToken);
                notes.add(new int[] {pitchToken == vocabulary.rest ? -1 : base + vocabulary.pitchOf[pitchToken], units, bar});
                left -= units;
            }
        } finally {
            cache.close();
        }
        return toNotes(notes, r);
    }

    /** Feeds one token, restarting the model on the prefix and the latest bars when the context is full. */
    private float[] step(Cache cache, OrtSession session, List<Integer> prefix, List<Integer> history, int token)
            throws OrtException {
        history.add(token);
        if (cache.length() + 1 < vocabulary.context) {
            return cache.feed(session, List.of(token));
        }
        List<Integer> recent = new ArrayList<>(prefix);
        int bars = 0;
        int from = history.size();
        while (from > 0 && bars <= KEEP_BARS) {
            from--;
            if (history.get(from) == vocabulary.bar) {
                bars++;
            }
        }
        recent.addAll(history.subList(from + 1, history.size()));
        cache.reset();
        return cache.feed(session, recent);
    }

    private boolean[] pitchMask(Request r, int base, boolean cadence, boolean end) {
        boolean[] mask = new boolean[vocabulary.size];
        boolean any = false;
        for (int id : vocabulary.pitchTokens) {
            int pitch = base + vocabulary.pitchOf[id];
            int pc = Math.floorMod(pitch, 12);
            boolean ok = pitch >= r.lowest() && pitch <= r.highest() && r.allowed().contains(pc);
            if (ok && cadence) {
                ok = stable(id, base, r, end);
            }
            mask[id] = ok;
            any |= ok;
        }
        if (!any && cadence) {
            return pitchMask(r, base, false, false);
        }
        mask[vocabulary.rest] = !cadence;
        return mask;
    }

    /** Durations that fit what is left of the bar; one that fills it only when {@code mayFill}. */
    private boolean[] durationMask(int left, boolean exactly, boolean mayFill) {
        boolean[] mask = new boolean[vocabulary.size];
        boolean any = false;
        for (int id = 0; id < vocabulary.size; id++) {
            int d = vocabulary.durationOf[id];
            mask[id] = d > 0 && (exactly ? d == left : mayFill ? d <= left : d < left);
            any |= mask[id];
        }
        return any ? mask : durationMask(left, false, true);
    }

    /** Whether a pitch token may end a phrase (a tone of the tonic triad) or the piece (the tonic). */
    private boolean stable(int token, int base, Request r, boolean end) {
        if (token == vocabulary.rest) {
            return false;
        }
        int degree = Math.floorMod(base + vocabulary.pitchOf[token] - r.tonic(), 12);
        return degree == 0 || (!end && (degree == 7 || degree == (r.mode().equals("minor") ? 3 : 4)));
    }

    /** Top-p sampling over the allowed tokens. */
    static int draw(float[] logits, boolean[] allowed, Random random) {
        int n = logits.length;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (allowed[i]) {
                max = Math.max(max, logits[i]);
            }
        }
        double[] p = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (allowed[i]) {
                p[i] = Math.exp((logits[i] - max) / TEMPERATURE);
                sum += p[i];
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        double kept = 0;
        int last = 0;
        for (int k = 0; k < n; k++) {
            if (p[order[k]] == 0) {
                break;
            }
            kept += p[order[k]] / sum;
            last = k;
            if (kept >= TOP_P) {
                break;
            }
        }
        double x = random.nextDouble() * kept * sum;
        for (int k = 0; k <= last; k++) {
            x -= p[order[k]];
            if (x <= 0) {
                return order[k];
            }
        }
        return order[last];
    }

    private static List<Note> toNotes(List<int[]> notes, Request r) {
        List<Note> out = new ArrayList<>();
        long tick = 0;
        long barStart = 0;
        int bar = 0;
        for (int[] n : notes) {
            if (n[2] != bar) {
                bar = n[2];
                barStart = (long) bar * r.barUnits() * MelodyVocabulary.TICKS_PER_UNIT;
                tick = barStart;
            }
            long length = (long) n[1] * MelodyVocabulary.TICKS_PER_UNIT;
            if (n[0] >= 0) {
                long inBar = (tick - barStart) / MelodyVocabulary.TICKS_PER_UNIT;
                int accent = inBar == 0 ? 8 : inBar % r.beatUnits() == 0 ? 3 : 0;
                out.add(new Note(n[0], tick, length, Math.max(1, Math.min(127, r.velocity() + accent))));
            }
            tick += length;
        }
        return out;
    }

    /** The model's key/value cache: the tensors of the last call, fed to the next. */
    private final class Cache implements AutoCloseable {
        private final OrtEnvironment env;
        private OrtSession.Result last;
        private OnnxTensor emptyKeys;
        private OnnxTensor emptyValues;
        private int length;

        Cache(OrtEnvironment env) {
            this.env = env;
        }

        int length() {
            return length;
        }

        float[] feed(OrtSession session, List<Integer> tokens) throws OrtException {
            long[] ids = tokens.stream().mapToLong(Integer::longValue).toArray();
            OnnxTensor keys;
            OnnxTensor values;
            if (last == null) {
                long[] shape = {vocabulary.layers, 1, vocabulary.heads, 0, vocabulary.headSize};
                if (emptyKeys == null) {
                    emptyKeys = OnnxTensor.createTensor(env, FloatBuffer.allocate(0), shape);
                    emptyValues = OnnxTensor.createTensor(env, FloatBuffer.allocate(0), shape);
                }
                keys = emptyKeys;
                values = emptyValues;
            } else {
                keys = (OnnxTensor) last.get("present_keys").orElseThrow();
                values = (OnnxTensor) last.get("present_values").orElseThrow();
            }
            OrtSession.Result result;
            try (OnnxTensor input = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), new long[] {1, ids.length})) {
                result = session.run(Map.of("input_ids", input, "past_keys", keys, "past_values", values));
            }
            if (last != null) {
                last.close();
            }
            last = result;
            length += ids.length;
            FloatBuffer logits = ((OnnxTensor) result.get("logits").orElseThrow()).getFloatBuffer();
            float[] row = new float[vocabulary.size];
            logits.position((ids.length - 1) * vocabulary.size);
            logits.get(row);
            return row;
        }

        void reset() {
            if (last != null) {
                last.close();
                last = null;
            }
            length = 0;
        }

        @Override
        public void close() {
            reset();
            if (emptyKeys != null) {
                emptyKeys.close();
                emptyValues.close();
            }
        }
    }
}
