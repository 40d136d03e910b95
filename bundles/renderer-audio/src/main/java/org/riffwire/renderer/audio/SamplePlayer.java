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
 * closed by the closed one) cut each other off. The modulation envelope and the two LFOs (a filter that closes
 * after the attack, a string's delayed vibrato) move pitch, filter and volume once a block.
 *
 * <p>Left out, and why: reverb, chorus and the modulators a bank may add beyond the default ones (no score here
 * plays the controllers they would read). Leaving them out, and modulating at a control rate, is what makes this
 * player about twice as fast as the JDK's Gervill, which computes its modulation matrix, reverb and chorus for
 * every voice; bench/synthesis.sh measures both, beside fluidsynth.
 */
final class SamplePlayer {
    private static final int BLOCK = 64;
    private static final int DRUM_BANK = 128;
    /** The specification's default channel volume (CC 7 = 100), attenuating through its concave curve. */
    private static final double CHANNEL_VOLUME_CB = velocityCentibels(100);
    /** fluidsynth's reading of initialAttenuation (EMU hardware applied 0.4 of the written value). */
    private static final double ATTENUATION_SCALE = 0.4;
    /** Below this (96 dB down) a releasing voice's envelope is silent and the voice ends, however loud it was. */
    private static final double SILENT_CB = 960;
    /**
     * A releasing voice also ends once what it adds to the mix is 100 dB under full scale (its envelope, its
     * attenuation and its sample's peak together), as fluidsynth ends voices at its noise floor: the release
     * tails of soft notes were most of the voices playing (31 of 35 on average in a jazz piece). 100 dB, not
     * the 16-bit floor of 96, since the mix is normalised to its peak afterwards.
     */
    private static final double FLOOR_CB = 1000;
    /** How fast a voice cut off by its exclusive class dies away. */
    private static final double CUT_SECONDS = 0.005;
    /** The specification's longest delay and hold (5000 timecents, 18 s) and attack, decay and release (8000, 101 s). */
    private static final int DELAY_HOLD_LONGEST = 5000, RAMP_LONGEST = 8000;
    /** ln 10 / 200: centibels to a natural logarithm of an amplitude ratio. */
    private static final double CENTIBELS_TO_LOG = Math.log(10) / 200;
    /** ln 2 / 1200: cents to a natural logarithm of a frequency ratio. */
    private static final double CENTS_TO_LOG = Math.log(2) / 1200;

    private SamplePlayer() {
    }

    static AudioClip render(Score score, Sf2Bank bank) throws IOException {
        int frames = Mixdown.frames(score);
        float[] left = new float[frames];
        float[] right = new float[frames];
        List<Event> events = events(score);
        List<Voice> voices = new ArrayList<>();
        float[] block = new float[BLOCK];
        int next = 0;
        for (int frame = 0; frame < frames;) {
            while (next < events.size() && events.get(next).frame() <= frame) {
                apply(events.get(next++), score, bank, voices);
            }
            int until = next < events.size() ? (int) Math.min(events.get(next).frame(), frames) : frames;
            int n = Math.min(BLOCK, until - frame);
            for (int v = voices.size() - 1; v >= 0; v--) {
                Voice voice = voices.get(v);
                voice.mix(left, right, frame, n, block);
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

    /** A time in timecents as seconds, kept within the specification's range for it (its shortest is 1 ms). */
    static double seconds(int timecents, int longest) {
        return Math.pow(2, clamp(timecents, -12000, longest) / 1200.0);
    }

    /**
     * One sounding sample: its read position, loop, envelopes, LFOs, filter and stereo gains. The modulation
     * envelope and the LFOs move pitch, filter and volume once a block (64 frames, 1.5 ms), the control rate
     * fluidsynth computes them at too; the sample is read, filtered and mixed per frame.
     */
    private static final class Voice {
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
        /** How far the modulation LFO may raise the voice: up to no attenuation at all, as in fluidsynth. */
        private final float headroom;

        private final VolumeEnvelope volume;
        private final ModulationEnvelope modEnv;
        private final Lfo modLfo;
        private final Lfo vibLfo;
        private final double modEnvToPitch, modLfoToPitch, vibLfoToPitch, modLfoToVolume;
        private float level;
        private float lfoGain = 1;

        /** Whether the voice is filtered at all, and whether its corner moves (modulation envelope or LFO). */
        private final boolean filtered;
        private final boolean filterMoves;
        private final double cutoffCents, modEnvToCutoff, modLfoToCutoff;
        /** 1 / 2Q of the zone's resonance, for the cookbook's alpha. */
        private final double halfInverseQ;
        private double appliedCutoffCents = Double.NaN;
        private float b0, b1, b2, a1, a2;
        private float z1, z2;

        /**
         * A voice attenuationCb below full scale, placed in the stereo field by the two pan gains, its sample at
         * most peak loud.
         */
        private Voice(Sf2Bank.Zone zone, int[] g, int playedKey, int noteId, int channel, float[] data, double start,
                double end, double loopStart, double loopEnd, int loopMode, double step, double attenuationCb,
                float panLeft, float panRight, float peak, double cutoffCents) {
            this.noteId = noteId;
            this.channel = channel;
            this.exclusiveClass = zone.get(Sf2Bank.EXCLUSIVE_CLASS);
            this.data = data;
            this.pos = start;
            this.end = end;
            this.loopStart = loopStart;
            this.loopEnd = loopEnd;
            this.loopMode = loopMode;
            this.step = step;
            double amplitude = Math.exp(-attenuationCb * CENTIBELS_TO_LOG);
            this.gainLeft = (float) (amplitude * panLeft);
            this.gainRight = (float) (amplitude * panRight);
            this.headroom = (float) (1 / amplitude);
            // The specification's ranges bound what a (malformed) bank can ask: 12 000 cents of pitch or corner,
            // 960 cB of volume or resonance.
            this.modEnvToPitch = clamp(g[Sf2Bank.MOD_ENV_TO_PITCH], -12000, 12000);
            this.modLfoToPitch = clamp(g[Sf2Bank.MOD_LFO_TO_PITCH], -12000, 12000);
            this.vibLfoToPitch = clamp(g[Sf2Bank.VIB_LFO_TO_PITCH], -12000, 12000);
            this.modLfoToVolume = clamp(g[Sf2Bank.MOD_LFO_TO_VOLUME], -960, 960);
            this.cutoffCents = cutoffCents;
            this.modEnvToCutoff = clamp(g[Sf2Bank.MOD_ENV_TO_FILTER_FC], -12000, 12000);
            this.modLfoToCutoff = clamp(g[Sf2Bank.MOD_LFO_TO_FILTER_FC], -12000, 12000);
            int resonanceCb = clamp(g[Sf2Bank.FILTER_Q], 0, 960);
            this.halfInverseQ = 0.5 / Math.pow(10, (resonanceCb / 10.0 - 3.01) / 20);
            // Where the release may stop: the floor less the voice's attenuation and its sample's peak, plus what a
            // resonant filter or the tremolo could still add.
            double peakCb = peak > 0 ? -200 * Math.log10(peak) : SILENT_CB;
            this.volume = new VolumeEnvelope(g, playedKey,
                    FLOOR_CB - attenuationCb - peakCb + resonanceCb + Math.abs(modLfoToVolume));
            this.modEnv = new ModulationEnvelope(g, playedKey);
            this.modLfo = new Lfo(g[Sf2Bank.DELAY_MOD_LFO], g[Sf2Bank.FREQ_MOD_LFO]);
            this.vibLfo = new Lfo(g[Sf2Bank.DELAY_VIB_LFO], g[Sf2Bank.FREQ_VIB_LFO]);
            this.filterMoves = modEnvToCutoff != 0 || modLfoToCutoff != 0;
            this.filtered = filterMoves || hertz(cutoffCents) < 0.45 * Mixdown.SAMPLE_RATE;
            if (filtered) {
                setCutoff(cutoffCents);
            }
        }

        /** The voice of one instrument zone for a note, its values the zone's plus the preset zone's; null if silent. */
        static Voice start(Sf2Bank bank, Sf2Bank.Zone presetZone, Sf2Bank.Zone zone, int key, int velocity,
                int channelPan, int noteId, int channel) {
            Sf2Bank.Sample sample = bank.sample(zone.target());
            Sf2Bank.Decoded decoded = bank.decoded(zone.target());
            float[] data = decoded.frames();
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
            // Loop offsets are the instrument zone's alone: a preset zone may not set them.
            long loopStart = bank.loopStart(zone);
            long loopEnd = bank.loopEnd(zone);
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
            double pan = Math.max(-500, Math.min(500, g[Sf2Bank.PAN] + channelPan));
            double angle = (pan + 500) / 1000 * Math.PI / 2;
            // The default velocity-to-cutoff modulator as fluidsynth reads it: from velocity 64 up, softer notes
            // are darker, by up to an octave; below 64 its second source, a switch, turns it off.
            double cutoffCents = g[Sf2Bank.FILTER_FC] - (playedVelocity >= 64 ? 2400 * (1 - playedVelocity / 127.0) : 0);
            return new Voice(zone, g, playedKey, noteId, channel, data, start, end, loopStart, loopEnd, mode, step,
                    attenuation, (float) Math.cos(angle), (float) Math.sin(angle), decoded.peak(), cutoffCents);
        }

        private static double hertz(double absoluteCents) {
            return 8.176 * Math.exp(absoluteCents * CENTS_TO_LOG);
        }

        /**
         * The two-pole low-pass of the Audio EQ Cookbook at a corner in absolute cents (kept below 0.45 of the
         * rate, as fluidsynth keeps it), its resonance in centibels above the corner as in SF2.
         */
        private void setCutoff(double absoluteCents) {
            appliedCutoffCents = absoluteCents;
            double hz = Math.max(20, Math.min(0.45 * Mixdown.SAMPLE_RATE, hertz(absoluteCents)));
            double w = 2 * Math.PI * hz / Mixdown.SAMPLE_RATE;
            double alpha = Math.sin(w) * halfInverseQ;
            double cos = Math.cos(w);
            double a0 = 1 + alpha;
            b0 = (float) ((1 - cos) / 2 / a0);
            b1 = (float) ((1 - cos) / a0);
            b2 = b0;
            a1 = (float) (-2 * cos / a0);
            a2 = (float) ((1 - alpha) / a0);
        }

        void release() {
            if (released) {
                return;
            }
            released = true;
            modEnv.release();
            if (!volume.release()) {
                done = true;
            }
        }

        void cut() {
            volume.speedUpRelease(1000 / (CUT_SECONDS * Mixdown.SAMPLE_RATE));
            released = false;
            release();
        }

        /** Adds the voice's next n frames (at most one block) into left and right, block a scratch buffer. */
        void mix(float[] left, float[] right, int offset, int n, float[] block) {
            double env = modEnv.advance(n);
            double modulation = modLfo.advance(n);
            double vibrato = vibLfo.advance(n);
            double pitchCents = Math.max(-12000, Math.min(12000,
                    env * modEnvToPitch + modulation * modLfoToPitch + vibrato * vibLfoToPitch));
            double stepNow = pitchCents == 0 ? step : step * Math.exp(pitchCents * CENTS_TO_LOG);
            if (filterMoves) {
                // A corner moved by less than 5 cents keeps its coefficients: no ear hears that step, and a filter
                // envelope on every voice of a General MIDI bank would otherwise cost a sine and cosine a block.
                double cents = cutoffCents + env * modEnvToCutoff + modulation * modLfoToCutoff;
                if (Math.abs(cents - appliedCutoffCents) > 5) {
                    setCutoff(cents);
                }
            }
            // The modulation LFO's tremolo adds to the voice's attenuation; as in fluidsynth, the sum never goes
            // below none, so a bank cannot push a voice past full level.
            float lfoTo = modLfoToVolume == 0 ? 1
                    : (float) Math.min(headroom, Math.exp(modulation * modLfoToVolume * CENTIBELS_TO_LOG));
            float from = level * lfoGain;
            level = volume.advance(n);
            lfoGain = lfoTo;
            if (volume.finished()) {
                done = true;
            }
            float to = level * lfoTo;
            float gain = from;
            float slope = (to - from) / n;
            // Three small loops over the block, each simple enough to compile the same way every time: read the
            // sample at pitch, filter it, mix it in with the gain ramp.
            int frames = read(block, n, stepNow);
            if (filtered) {
                filter(block, frames);
            }
            float toLeft = gainLeft, toRight = gainRight;
            for (int i = 0; i < frames; i++) {
                float s = block[i] * gain;
                left[offset + i] += s * toLeft;
                right[offset + i] += s * toRight;
                gain += slope;
            }
        }

        /** Reads up to n frames at the given step into out; fewer when the sample ends (the voice is then done). */
        private int read(float[] out, int n, double stepNow) {
            double p = pos;
            float[] d = data;
            boolean looping = loopMode == 1 || loopMode == 3 && !released;
            double loopLength = loopEnd - loopStart;
            for (int i = 0; i < n; i++) {
                int at = (int) p;
                float frac = (float) (p - at);
                out[i] = d[at] + frac * (d[at + 1] - d[at]);
                p += stepNow;
                if (looping && p >= loopEnd) {
                    // A step may pass over a short loop more than once (a single-cycle loop played high).
                    p = loopStart + (p - loopStart) % loopLength;
                } else if (p >= end) {
                    pos = p;
                    done = true;
                    return i + 1;
                }
            }
            pos = p;
            return n;
        }

        /** The low-pass over a block, in place (transposed direct form II, its state kept between blocks). */
        private void filter(float[] x, int n) {
            float c0 = b0, c1 = b1, c2 = b2, d1 = a1, d2 = a2, s1 = z1, s2 = z2;
            for (int i = 0; i < n; i++) {
                float in = x[i];
                float y = c0 * in + s1;
                s1 = c1 * in - d1 * y + s2;
                s2 = c2 * in - d2 * y;
                x[i] = y;
            }
            z1 = s1;
            z2 = s2;
        }
    }

    /**
     * The shape both SF2 envelopes share (section 8.1.3): a delay, an attack and a hold timed in frames, then a
     * decay to the sustain level and a release, linear in each envelope's own measure of how far it has fallen
     * below full (centibels for volume, a fraction for modulation). A stage ends when what is left of a block
     * reaches its end, never by comparing sums of fractions of frames, which rounding can keep a hair short of
     * the end for a great many steps.
     */
    private abstract static class Envelope {
        static final int DELAY = 0, ATTACK = 1, HOLD = 2, DECAY = 3, SUSTAIN = 4, RELEASE = 5;

        private final double delayFrames, attackFrames, holdFrames;
        private final double decayPerFrame, sustainFall;
        private double releasePerFrame;
        int stage = DELAY;
        private double stageFrames;
        /** How far below full the envelope is, after its attack. */
        double fall;

        Envelope(double delayFrames, double attackFrames, double holdFrames, double decayPerFrame,
                double sustainFall, double releasePerFrame) {
            this.delayFrames = delayFrames;
            this.attackFrames = attackFrames;
            this.holdFrames = holdFrames;
            this.decayPerFrame = decayPerFrame;
            this.sustainFall = sustainFall;
            this.releasePerFrame = releasePerFrame;
        }

        /** Moves the envelope on by n frames. */
        final void move(int n) {
            double left = n;
            while (left > 0) {
                switch (stage) {
                    case DELAY, ATTACK, HOLD -> {
                        double length = stage == DELAY ? delayFrames : stage == ATTACK ? attackFrames : holdFrames;
                        double remaining = length - stageFrames;
                        if (left < remaining) {
                            stageFrames += left;
                            left = 0;
                        } else {
                            left -= Math.max(0, remaining);
                            stage++;
                            stageFrames = 0;
                            fall = 0;
                        }
                    }
                    case DECAY -> {
                        double toSustain = (sustainFall - fall) / decayPerFrame;
                        if (left < toSustain) {
                            fall += left * decayPerFrame;
                            left = 0;
                        } else {
                            left -= Math.max(0, toSustain);
                            fall = sustainFall;
                            stage = SUSTAIN;
                        }
                    }
                    case SUSTAIN -> left = 0;
                    default -> { // RELEASE
                        fall += left * releasePerFrame;
                        left = 0;
                    }
                }
            }
        }

        /** Starts the release from the given fall, where the envelope is now. */
        final void releaseFrom(double fallNow) {
            fall = fallNow;
            stage = RELEASE;
        }

        final void speedUpRelease(double perFrame) {
            releasePerFrame = Math.max(releasePerFrame, perFrame);
        }

        /** How far through its attack the envelope is, from 0 to 1. */
        final double attackFraction() {
            return attackFrames > 0 ? stageFrames / attackFrames : 1;
        }
    }

    /**
     * The volume envelope (SF2 section 9.1.7): delay, a linear attack, hold, then decay to the sustain level and
     * release, both linear in centibels, so exponential in amplitude. Times come in timecents, the sustain level
     * in centibels of attenuation; decay and release times are those of a fall through 100 dB (1000 cB).
     */
    private static final class VolumeEnvelope extends Envelope {
        private final double silentCb;
        private boolean silent;

        /** An envelope that is silent once it falls silentCb (at most {@link #SILENT_CB}) in its release. */
        VolumeEnvelope(int[] g, int key, double silentCb) {
            super(seconds(g[Sf2Bank.DELAY_VOL], DELAY_HOLD_LONGEST) * Mixdown.SAMPLE_RATE,
                    seconds(g[Sf2Bank.ATTACK_VOL], RAMP_LONGEST) * Mixdown.SAMPLE_RATE,
                    seconds(g[Sf2Bank.HOLD_VOL] + g[Sf2Bank.KEY_TO_HOLD_VOL] * (60 - key), DELAY_HOLD_LONGEST)
                            * Mixdown.SAMPLE_RATE,
                    1000 / (seconds(g[Sf2Bank.DECAY_VOL] + g[Sf2Bank.KEY_TO_DECAY_VOL] * (60 - key), RAMP_LONGEST)
                            * Mixdown.SAMPLE_RATE),
                    clamp(g[Sf2Bank.SUSTAIN_VOL], 0, 1440),
                    1000 / (seconds(g[Sf2Bank.RELEASE_VOL], RAMP_LONGEST) * Mixdown.SAMPLE_RATE));
            this.silentCb = Math.max(0, Math.min(SILENT_CB, silentCb));
        }

        /** Starts the release from the level reached; false if the note ended before it sounded (in its delay). */
        boolean release() {
            if (stage == DELAY) {
                silent = true;
                return false;
            }
            double level = level();
            releaseFrom(level > 0 ? Math.min(SILENT_CB, -200 * Math.log10(level)) : SILENT_CB);
            return true;
        }

        boolean finished() {
            return silent;
        }

        /** Moves the envelope on by n frames and returns its level then (0 to 1). */
        float advance(int n) {
            move(n);
            if (stage == RELEASE && fall >= silentCb) {
                silent = true;
            }
            return level();
        }

        private float level() {
            return switch (stage) {
                case DELAY -> 0f;
                case ATTACK -> (float) attackFraction();
                default -> silent ? 0f : (float) Math.exp(-fall * CENTIBELS_TO_LOG);
            };
        }
    }

    /**
     * The modulation envelope (SF2 section 8.1.3, generators 25 to 32): the volume envelope's shape, linear in a
     * value from 0 to 1 that scales its amounts on pitch and the filter's corner. The sustain level is in tenths
     * of a percent below full; decay and release times are those of a fall from 1 to 0.
     */
    private static final class ModulationEnvelope extends Envelope {
        ModulationEnvelope(int[] g, int key) {
            super(seconds(g[Sf2Bank.DELAY_MOD_ENV], DELAY_HOLD_LONGEST) * Mixdown.SAMPLE_RATE,
                    seconds(g[Sf2Bank.ATTACK_MOD_ENV], RAMP_LONGEST) * Mixdown.SAMPLE_RATE,
                    seconds(g[Sf2Bank.HOLD_MOD_ENV] + g[Sf2Bank.KEY_TO_MOD_ENV_HOLD] * (60 - key),
                            DELAY_HOLD_LONGEST) * Mixdown.SAMPLE_RATE,
                    1 / (seconds(g[Sf2Bank.DECAY_MOD_ENV] + g[Sf2Bank.KEY_TO_MOD_ENV_DECAY] * (60 - key),
                            RAMP_LONGEST) * Mixdown.SAMPLE_RATE),
                    clamp(g[Sf2Bank.SUSTAIN_MOD_ENV], 0, 1000) / 1000.0,
                    1 / (seconds(g[Sf2Bank.RELEASE_MOD_ENV], RAMP_LONGEST) * Mixdown.SAMPLE_RATE));
        }

        void release() {
            releaseFrom(1 - value());
        }

        /** The value at the start of the next n frames, then moves on by them. */
        double advance(int n) {
            double now = value();
            move(n);
            return now;
        }

        private double value() {
            return switch (stage) {
                case DELAY -> 0;
                case ATTACK -> attackFraction();
                default -> Math.max(0, 1 - fall);
            };
        }
    }

    /**
     * A low-frequency oscillator (SF2 section 8.1.3): after its delay a triangle from 0 rising to 1, down to -1
     * and back, at 8.176 Hz times 2 to the power of its frequency in cents over 1200.
     */
    private static final class Lfo {
        private final double delayFrames;
        private final double cyclesPerFrame;
        private double elapsed;
        private double phase;

        Lfo(int delayTimecents, int frequencyCents) {
            delayFrames = seconds(delayTimecents, DELAY_HOLD_LONGEST) * Mixdown.SAMPLE_RATE;
            cyclesPerFrame = 8.176 * Math.pow(2, clamp(frequencyCents, -16000, 4500) / 1200.0) / Mixdown.SAMPLE_RATE;
        }

        /** The value at the start of the next n frames, then moves on by them. */
        double advance(int n) {
            double now = phase < 0.25 ? 4 * phase : phase < 0.75 ? 2 - 4 * phase : 4 * phase - 4;
            double running = Math.max(0, elapsed + n - delayFrames) - Math.max(0, elapsed - delayFrames);
            elapsed += n;
            phase = (phase + running * cyclesPerFrame) % 1;
            return now;
        }
    }

    private static int clamp(int v, int low, int high) {
        return Math.max(low, Math.min(high, v));
    }
}
