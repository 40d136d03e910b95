// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.audio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;

/**
 * Renders a score with a SoundFont 2 bank by playing the bank's samples, the way the specification describes a
 * voice (section 9): the zones a note falls in each start a voice that reads its sample at the note's pitch
 * (linear interpolation), loops it as the zone says, shapes it with the volume envelope (delay, attack, hold,
 * decay, sustain, release), filters it with the zone's low-pass, and places it in the stereo field. Velocity and
 * channel volume attenuate as the specification's default modulators do; exclusive classes (an open hi-hat
 * closed by the closed one) cut each other off.
 *
 * <p>Left out, and why: the modulation envelope and the two LFOs (vibrato, tremolo and filter sweeps; General
 * MIDI banks use them on a few instruments, such as strings' delayed vibrato), reverb and chorus. Leaving them out
 * is what makes this player several times faster than the JDK's Gervill, which computes all of them for every
 * voice; bench/synthesis.sh measures both, beside fluidsynth.
 */
final class SamplePlayer {
    private static final int BLOCK = 64;
    private static final int DRUM_BANK = 128;
    /** The specification's default channel volume (CC 7 = 100), attenuating through its concave curve. */
    private static final double CHANNEL_VOLUME_CB = velocityCentibels(100);
    /** fluidsynth's reading of initialAttenuation (EMU hardware applied 0.4 of the written value). */
    private static final double ATTENUATION_SCALE = 0.4;
    /** Below this (96 dB down) a releasing voice is silent and ends. */
    private static final double SILENT_CB = 960;
    /** How fast a voice cut off by its exclusive class dies away. */
    private static final double CUT_SECONDS = 0.005;

    private SamplePlayer() {
    }

    static AudioClip render(Score score, Sf2Bank bank) throws IOException {
        int frames = (int) Math.round(score.lengthSeconds() * Mixdown.SAMPLE_RATE);
        float[] left = new float[frames];
        float[] right = new float[frames];
        List<Event> events = events(score);
        List<Voice> voices = new ArrayList<>();
        int next = 0;
        for (int frame = 0; frame < frames;) {
            while (next < events.size() && events.get(next).frame() <= frame) {
                apply(events.get(next++), score, bank, voices);
            }
            int until = next < events.size() ? (int) Math.min(events.get(next).frame(), frames) : frames;
            int n = Math.min(BLOCK, until - frame);
            for (int v = voices.size() - 1; v >= 0; v--) {
                Voice voice = voices.get(v);
                voice.mix(left, right, frame, n);
                if (voice.done) {
                    voices.set(v, voices.get(voices.size() - 1));
                    voices.remove(voices.size() - 1);
                }
            }
            frame += n;
        }
        return Mixdown.finish(score, new float[][] {left, right});
    }

    /** A note starting or ending, at an output frame; id ties a note's end to the voices its start made. */
    private record Event(long frame, boolean on, int track, Note note, int id) {
    }

    /** Every note's start and end; at equal frames ends come first, so a repeated note restarts cleanly. */
    private static List<Event> events(Score score) {
        double framesPerTick = score.secondsPerTick() * Mixdown.SAMPLE_RATE;
        List<Event> events = new ArrayList<>();
        int id = 0;
        for (int t = 0; t < score.tracks().size(); t++) {
            for (Note n : score.tracks().get(t).notes()) {
                long on = Math.round(n.startTick() * framesPerTick);
                long off = Math.max(on + 1, Math.round(n.endTick() * framesPerTick));
                events.add(new Event(on, true, t, n, id));
                events.add(new Event(off, false, t, n, id));
                id++;
            }
        }
        events.sort(Comparator.comparingLong(Event::frame).thenComparing(Event::on));
        return events;
    }

    private static void apply(Event event, Score score, Sf2Bank bank, List<Voice> voices) {
        if (!event.on()) {
            for (Voice v : voices) {
                if (v.noteId == event.id()) {
                    v.release();
                }
            }
            return;
        }
        Track track = score.tracks().get(event.track());
        Sf2Bank.Preset preset = preset(bank, track);
        if (preset == null) {
            return;
        }
        int key = event.note().pitch();
        int velocity = Math.max(1, Math.min(127, event.note().velocity()));
        int channelPan = track.isDrums() ? 0 : (Mixdown.PAN[track.channel() % Mixdown.PAN.length] - 64) * 500 / 64;
        for (Sf2Bank.Zone presetZone : preset.zones()) {
            if (!presetZone.plays(key, velocity)) {
                continue;
            }
            for (Sf2Bank.Zone zone : bank.instrument(presetZone.target())) {
                if (zone.plays(key, velocity)) {
                    Voice voice = Voice.start(bank, presetZone, zone, key, velocity, channelPan, event.id(),
                            track.channel());
                    if (voice != null) {
                        cutExclusive(voices, voice);
                        voices.add(voice);
                    }
                }
            }
        }
    }

    /** A drum kit by its program (the standard kit if the bank lacks it), an instrument by its program. */
    private static Sf2Bank.Preset preset(Sf2Bank bank, Track track) {
        int b = track.isDrums() ? DRUM_BANK : 0;
        Sf2Bank.Preset p = bank.preset(b, track.program());
        if (p == null) {
            p = bank.preset(b, 0);
        }
        return p != null ? p : bank.anyPreset(b);
    }

    private static void cutExclusive(List<Voice> voices, Voice started) {
        if (started.exclusiveClass == 0) {
            return;
        }
        for (Voice v : voices) {
            if (v.exclusiveClass == started.exclusiveClass && v.channel == started.channel
                    && v.noteId != started.noteId) {
                v.cut();
            }
        }
    }

    /** The specification's concave velocity curve, as attenuation: 40·log10(127/v) dB. */
    static double velocityCentibels(int velocity) {
        return 400 * Math.log10(127.0 / velocity);
    }

    static double seconds(int timecents) {
        return Math.pow(2, timecents / 1200.0);
    }

    /** One sounding sample: its read position, loop, envelope, filter and stereo gains. */
    private static final class Voice {
        private static final int DELAY = 0, ATTACK = 1, HOLD = 2, DECAY = 3, SUSTAIN = 4, RELEASE = 5;

        final int noteId;
        final int channel;
        final int exclusiveClass;
        boolean done;

        private final float[] data;
        private final double step;
        private final double end;
        private final double loopStart;
        private final double loopEnd;
        private final int loopMode;
        private boolean released;
        private double pos;

        private final float gainLeft;
        private final float gainRight;

        private final double delayFrames, attackFrames, holdFrames, decayPerFrame, sustainCb;
        private double releasePerFrame;
        private int stage = DELAY;
        private double stageFrames;
        private double centibels = SILENT_CB;
        private float level;

        private final boolean filtered;
        private final float b0, b1, b2, a1, a2;
        private float z1, z2;

        private Voice(int noteId, int channel, int exclusiveClass, float[] data, double start, double end,
                double loopStart, double loopEnd, int loopMode, double step, float gainLeft, float gainRight,
                double[] envelope, double[] filter) {
            this.noteId = noteId;
            this.channel = channel;
            this.exclusiveClass = exclusiveClass;
            this.data = data;
            this.pos = start;
            this.end = end;
            this.loopStart = loopStart;
            this.loopEnd = loopEnd;
            this.loopMode = loopMode;
            this.step = step;
            this.gainLeft = gainLeft;
            this.gainRight = gainRight;
            this.delayFrames = envelope[0];
            this.attackFrames = envelope[1];
            this.holdFrames = envelope[2];
            this.decayPerFrame = envelope[3];
            this.sustainCb = envelope[4];
            this.releasePerFrame = envelope[5];
            this.filtered = filter != null;
            if (filter != null) {
                b0 = (float) filter[0];
                b1 = (float) filter[1];
                b2 = (float) filter[2];
                a1 = (float) filter[3];
                a2 = (float) filter[4];
            } else {
                b0 = b1 = b2 = a1 = a2 = 0;
            }
        }

        /** The voice of one instrument zone for a note, its values the zone's plus the preset zone's; null if silent. */
        static Voice start(Sf2Bank bank, Sf2Bank.Zone presetZone, Sf2Bank.Zone zone, int key, int velocity,
                int channelPan, int noteId, int channel) {
            Sf2Bank.Sample sample = bank.sample(zone.target());
            float[] data = bank.frames(zone.target());
            int length = data.length - 1;
            if (length < 2) {
                return null;
            }
            int[] g = new int[Sf2Bank.GENERATORS];
            for (int i = 0; i < g.length; i++) {
                g[i] = zone.get(i) + presetZone.get(i);
            }
            int playedKey = zone.get(Sf2Bank.KEYNUM) >= 0 ? zone.get(Sf2Bank.KEYNUM) : key;
            int playedVelocity = zone.get(Sf2Bank.VELOCITY) > 0 ? zone.get(Sf2Bank.VELOCITY) : velocity;

            int start = clamp(g[Sf2Bank.START_OFFSET] + 32768 * g[Sf2Bank.START_COARSE], 0, length - 1);
            int end = clamp(length + g[Sf2Bank.END_OFFSET] + 32768 * g[Sf2Bank.END_COARSE], start + 1, length);
            int loopStart = sample.loopStart() - sample.start() + g[Sf2Bank.LOOP_START_OFFSET]
                    + 32768 * g[Sf2Bank.LOOP_START_COARSE];
            int loopEnd = sample.loopEnd() - sample.start() + g[Sf2Bank.LOOP_END_OFFSET]
                    + 32768 * g[Sf2Bank.LOOP_END_COARSE];
            int mode = zone.get(Sf2Bank.SAMPLE_MODES) & 3;
            if (mode == 2 || loopStart < 0 || loopEnd > end || loopEnd - loopStart < 2) {
                mode = 0; // 2 is "no loop" too; a loop outside the played part cannot be played
            }

            int rootKey = zone.get(Sf2Bank.ROOT_KEY) >= 0 ? zone.get(Sf2Bank.ROOT_KEY)
                    : sample.rootKey() <= 127 ? sample.rootKey() : 60;
            double cents = (playedKey - rootKey) * g[Sf2Bank.SCALE_TUNING] + 100.0 * g[Sf2Bank.COARSE_TUNE]
                    + g[Sf2Bank.FINE_TUNE] + sample.correction();
            int rate = sample.rate() > 0 ? sample.rate() : (int) Mixdown.SAMPLE_RATE;
            // Ten octaves either way bound what a (malformed) tuning can ask of the read position.
            double step = Math.pow(2, Math.max(-12000, Math.min(12000, cents)) / 1200) * rate / Mixdown.SAMPLE_RATE;

            double attenuation = ATTENUATION_SCALE * Math.max(0, g[Sf2Bank.ATTENUATION])
                    + velocityCentibels(playedVelocity) + CHANNEL_VOLUME_CB;
            double amplitude = Math.pow(10, -attenuation / 200);
            double pan = Math.max(-500, Math.min(500, g[Sf2Bank.PAN] + channelPan));
            double angle = (pan + 500) / 1000 * Math.PI / 2;

            double rateHz = Mixdown.SAMPLE_RATE;
            double[] envelope = {
                seconds(Math.max(-12000, g[Sf2Bank.DELAY_VOL])) * rateHz,
                seconds(g[Sf2Bank.ATTACK_VOL]) * rateHz,
                seconds(g[Sf2Bank.HOLD_VOL] + g[Sf2Bank.KEY_TO_HOLD_VOL] * (60 - playedKey)) * rateHz,
                1000 / (seconds(g[Sf2Bank.DECAY_VOL] + g[Sf2Bank.KEY_TO_DECAY_VOL] * (60 - playedKey)) * rateHz),
                clamp(g[Sf2Bank.SUSTAIN_VOL], 0, 1440),
                1000 / (seconds(g[Sf2Bank.RELEASE_VOL]) * rateHz),
            };
            if (g[Sf2Bank.DELAY_VOL] <= -12000) {
                envelope[0] = 0;
            }
            // The default velocity-to-cutoff modulator: soft notes are darker, by up to two octaves.
            double cutoffCents = g[Sf2Bank.FILTER_FC] - 2400 * (1 - playedVelocity / 127.0);
            double cutoff = 8.176 * Math.pow(2, cutoffCents / 1200);
            double[] filter = cutoff < 0.45 * rateHz ? lowPass(cutoff, g[Sf2Bank.FILTER_Q]) : null;
            return new Voice(noteId, channel, zone.get(Sf2Bank.EXCLUSIVE_CLASS), data, start, end, loopStart, loopEnd,
                    mode, step, (float) (amplitude * Math.cos(angle)), (float) (amplitude * Math.sin(angle)),
                    envelope, filter);
        }

        /** A two-pole low-pass (the Audio EQ Cookbook's), resonance in centibels above the corner as in SF2. */
        private static double[] lowPass(double cutoff, int resonanceCb) {
            double q = Math.pow(10, (Math.max(0, Math.min(960, resonanceCb)) / 10.0 - 3.01) / 20);
            double w = 2 * Math.PI * Math.max(20, cutoff) / Mixdown.SAMPLE_RATE;
            double alpha = Math.sin(w) / (2 * q);
            double cos = Math.cos(w);
            double a0 = 1 + alpha;
            return new double[] {(1 - cos) / 2 / a0, (1 - cos) / a0, (1 - cos) / 2 / a0, -2 * cos / a0,
                (1 - alpha) / a0};
        }

        void release() {
            if (released) {
                return;
            }
            released = true;
            if (stage == DELAY) {
                done = true;
                return;
            }
            centibels = level > 0 ? Math.min(SILENT_CB, -200 * Math.log10(level)) : SILENT_CB;
            stage = RELEASE;
            stageFrames = 0;
        }

        void cut() {
            releasePerFrame = Math.max(releasePerFrame, 1000 / (CUT_SECONDS * Mixdown.SAMPLE_RATE));
            released = false;
            release();
        }

        /** Moves the envelope on by n frames and returns its level then (0 to 1). */
        private float advance(int n) {
            double left = n;
            while (left > 0) {
                switch (stage) {
                    case DELAY, ATTACK, HOLD -> {
                        double length = stage == DELAY ? delayFrames : stage == ATTACK ? attackFrames : holdFrames;
                        double take = Math.min(left, length - stageFrames);
                        stageFrames += take;
                        left -= take;
                        if (stageFrames >= length) {
                            stage++;
                            stageFrames = 0;
                            centibels = 0;
                        }
                    }
                    case DECAY -> {
                        double toSustain = (sustainCb - centibels) / decayPerFrame;
                        double take = Math.min(left, Math.max(0, toSustain));
                        centibels += take * decayPerFrame;
                        left -= take;
                        if (centibels >= sustainCb) {
                            centibels = sustainCb;
                            stage = SUSTAIN;
                        }
                    }
                    case SUSTAIN -> left = 0;
                    default -> { // RELEASE
                        centibels += left * releasePerFrame;
                        left = 0;
                        if (centibels >= SILENT_CB) {
                            done = true;
                        }
                    }
                }
            }
            return switch (stage) {
                case DELAY -> 0f;
                case ATTACK -> (float) (attackFrames > 0 ? stageFrames / attackFrames : 1);
                default -> done ? 0f : (float) Math.pow(10, -centibels / 200);
            };
        }

        void mix(float[] left, float[] right, int offset, int n) {
            float from = level;
            float to = advance(n);
            level = to;
            float gain = from;
            float slope = (to - from) / n;
            double p = pos;
            boolean looping = loopMode == 1 || loopMode == 3 && !released;
            float[] d = data;
            for (int i = 0; i < n; i++) {
                int at = (int) p;
                float frac = (float) (p - at);
                float s = d[at] + frac * (d[at + 1] - d[at]);
                if (filtered) {
                    float y = b0 * s + z1;
                    z1 = b1 * s - a1 * y + z2;
                    z2 = b2 * s - a2 * y;
                    s = y;
                }
                s *= gain;
                left[offset + i] += s * gainLeft;
                right[offset + i] += s * gainRight;
                gain += slope;
                p += step;
                if (looping && p >= loopEnd) {
                    p -= loopEnd - loopStart;
                } else if (p >= end) {
                    done = true;
                    break;
                }
            }
            pos = p;
        }
    }

    private static int clamp(int v, int low, int high) {
        return Math.max(low, Math.min(high, v));
    }
}
