// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.generator.symbolic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.riffwire.api.music.Mode;
import org.riffwire.api.music.Note;
import org.riffwire.api.spec.SpecField;
import org.riffwire.onnx.api.ModelUnavailableException;

import ai.onnxruntime.OrtException;

/**
 * The learned model's melody: a whole tune sampled by {@link LearnedMelody} under its masks, from the opening when
 * there is one, and then each bar's chord fitted to it. Empty when the opening cannot be said in the model's
 * tokens (a note crossing a bar line, a length or pitch it has no token for).
 */
final class ModelMelodySource implements MelodySource {
    private final LearnedMelody model;
    private final String name;

    ModelMelodySource(LearnedMelody model, String name) {
        this.model = model;
        this.name = name;
    }

    @Override
    public Optional<Melody> write(Plan p, int draw) {
        Frame frame = p.frame();
        int unit = MelodyVocabulary.TICKS_PER_UNIT;
        List<int[]> given = new ArrayList<>();
        if (p.opening() != null) {
            long at = 0;
            for (Note n : p.opening().notes()) {
                if (n.startTick() % unit != 0 || n.durationTicks() % unit != 0 || n.startTick() < at) {
                    return Optional.empty();
                }
                if (n.startTick() > at) {
                    given.add(new int[] {-1, (int) ((n.startTick() - at) / unit)});
                }
                given.add(new int[] {n.pitch(), (int) (n.durationTicks() / unit)});
                at = n.endTick();
            }
        }
        long lastBarTicks = frame.lengthTicks - (long) (frame.bars - 1) * frame.barTicks;
        LearnedMelody.Request request = new LearnedMelody.Request(p.meter().numerator() + "/" + p.meter().denominator(),
                p.key().mode() == Mode.MINOR ? "minor" : "major", Melodies.rhythm(p.spec().get(SpecField.GENRE).orElse(null)),
                p.key().tonic(), p.range().melodyLow(), p.range().melodyHigh(), p.allowed(), frame.bars,
                frame.barTicks / unit, (int) (lastBarTicks / unit), p.meter().isCompound() ? 18 : 48 / p.meter().denominator(),
                given, p.velocity(), p.seed() ^ 0x7E1L ^ (draw * 0x9E3779B97F4A7C15L));
        List<Note> notes;
        try {
            notes = model.write(request);
        } catch (IllegalArgumentException cannotSay) {
            return Optional.empty();
        } catch (ModelUnavailableException | OrtException e) {
            throw new IllegalStateException("the melody model failed: " + e.getMessage(), e);
        }
        if (notes.isEmpty()) {
            return Optional.empty();
        }
        // A length in seconds may end a few ticks off the model's grid: the last note ends with the piece.
        Note last = notes.get(notes.size() - 1);
        notes.set(notes.size() - 1, new Note(last.pitch(), last.startTick(), frame.lengthTicks - last.startTick(), last.velocity()));
        Map<Integer, Chord> fitted = new HashMap<>();
        for (int bar = 0; bar < frame.bars; bar++) {
            long start = frame.barStart(bar);
            fitted.put(bar, p.planner().bestFit(HarmonyPlanner.weights(notes, start, start + frame.barTicks), bar == frame.bars - 1));
        }
        List<Chord> chords = p.planner().plan(frame.bars, frame.bars, fitted, new Random(p.seed() ^ 0x4A11L));
        return Optional.of(new Melody(notes, chords, "model " + name + (draw == 0 ? "" : " (draw " + (draw + 1) + ")")));
    }
}
