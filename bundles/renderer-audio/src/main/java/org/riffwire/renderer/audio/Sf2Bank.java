// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A SoundFont 2 bank as {@link SamplePlayer} plays it: presets by bank and program, each a list of zones that
 * point at instrument zones, which point at samples (the SoundFont 2.01 specification's hierarchy, section 7).
 * Global zones are folded into the zones they qualify when the file is read, so a zone holds every generator
 * value it plays with. The sample data stay in the file, mapped, and a sample becomes floats the first time a
 * note plays it: a 148 MB General MIDI bank costs what its played samples cost.
 */
final class Sf2Bank {
    /** Generator numbers of the specification (section 8.1.2) that the player reads. */
    static final int START_OFFSET = 0, END_OFFSET = 1, LOOP_START_OFFSET = 2, LOOP_END_OFFSET = 3,
            START_COARSE = 4, MOD_LFO_TO_PITCH = 5, VIB_LFO_TO_PITCH = 6, MOD_ENV_TO_PITCH = 7, FILTER_FC = 8,
            FILTER_Q = 9, MOD_LFO_TO_FILTER_FC = 10, MOD_ENV_TO_FILTER_FC = 11, END_COARSE = 12,
            MOD_LFO_TO_VOLUME = 13, PAN = 17, DELAY_MOD_LFO = 21, FREQ_MOD_LFO = 22, DELAY_VIB_LFO = 23,
            FREQ_VIB_LFO = 24, DELAY_MOD_ENV = 25, ATTACK_MOD_ENV = 26, HOLD_MOD_ENV = 27, DECAY_MOD_ENV = 28,
            SUSTAIN_MOD_ENV = 29, RELEASE_MOD_ENV = 30, KEY_TO_MOD_ENV_HOLD = 31, KEY_TO_MOD_ENV_DECAY = 32,
            DELAY_VOL = 33,
            ATTACK_VOL = 34, HOLD_VOL = 35, DECAY_VOL = 36, SUSTAIN_VOL = 37, RELEASE_VOL = 38,
            KEY_TO_HOLD_VOL = 39, KEY_TO_DECAY_VOL = 40, INSTRUMENT = 41, KEY_RANGE = 43, VEL_RANGE = 44,
            LOOP_START_COARSE = 45, KEYNUM = 46, VELOCITY = 47, ATTENUATION = 48, LOOP_END_COARSE = 50,
            COARSE_TUNE = 51, FINE_TUNE = 52, SAMPLE_ID = 53, SAMPLE_MODES = 54, SCALE_TUNING = 56,
            EXCLUSIVE_CLASS = 57, ROOT_KEY = 58;
    static final int GENERATORS = 61;
    /** Generators a preset zone may not set (section 8.5): sample addresses and per-note overrides. */
    private static final int[] INSTRUMENT_ONLY = {START_OFFSET, END_OFFSET, LOOP_START_OFFSET, LOOP_END_OFFSET,
        START_COARSE, END_COARSE, LOOP_START_COARSE, LOOP_END_COARSE, KEYNUM, VELOCITY, SAMPLE_MODES,
        EXCLUSIVE_CLASS, ROOT_KEY};

    /** A sample header (section 7.10): frame positions into the bank's sample data. */
    record Sample(String name, int start, int end, int loopStart, int loopEnd, int rate, int rootKey, int correction) {
    }

    /** One zone with every generator value it plays with; ranges are inclusive. */
    record Zone(int keyLow, int keyHigh, int velLow, int velHigh, short[] generators, int target) {
        boolean plays(int key, int velocity) {
            return key >= keyLow && key <= keyHigh && velocity >= velLow && velocity <= velHigh;
        }

        int get(int generator) {
            return generators[generator];
        }
    }

    /**
     * A sample's frames as floats in [-1, 1), with one more frame after its end (the next in the file, or
     * silence) so that interpolation never reads past the array, and the loudest of them; no frames if its header
     * points outside the data.
     */
    record Decoded(float[] frames, float peak) {
    }

    /** A preset's zones: each names an instrument and carries values that add to that instrument's. */
    record Preset(String name, int bank, int program, List<Zone> zones) {
    }

    private final Map<Integer, Preset> presets;
    private final List<List<Zone>> instruments;
    private final List<Sample> samples;
    private final ShortBuffer sampleData;
    private final Map<Integer, Decoded> decoded = new ConcurrentHashMap<>();

    private Sf2Bank(Map<Integer, Preset> presets, List<List<Zone>> instruments, List<Sample> samples,
            ShortBuffer sampleData) {
        this.presets = presets;
        this.instruments = instruments;
        this.samples = samples;
        this.sampleData = sampleData;
    }

    /** Reads a bank that {@link SoundFontFile#check} has accepted; a malformed table is an IOException. */
    static Sf2Bank read(Path file) throws IOException {
        SoundFontFile.check(file);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            ShortBuffer data = null;
            Map<String, ByteBuffer> tables = new HashMap<>();
            long at = 12;
            while (at + 12 <= size) {
                ByteBuffer head = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
                in.read(head, at);
                long length = Integer.toUnsignedLong(head.getInt(4));
                String list = tag(head, 0).equals("LIST") ? tag(head, 8) : "";
                long end = Math.min(size, at + 8 + length);
                long sub = at + 12;
                while (!list.isEmpty() && sub + 8 <= end) {
                    ByteBuffer chunk = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
                    in.read(chunk, sub);
                    String id = tag(chunk, 0);
                    long chunkLength = Integer.toUnsignedLong(chunk.getInt(4));
                    if (sub + 8 + chunkLength > end) {
                        throw malformed(file, "its " + id + " chunk runs past its part");
                    }
                    if (list.equals("sdta") && id.equals("smpl")) {
                        data = in.map(FileChannel.MapMode.READ_ONLY, sub + 8, chunkLength & ~1L)
                                .order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
                    } else if (list.equals("pdta")) {
                        if (chunkLength > Integer.MAX_VALUE) {
                            throw malformed(file, "its " + id + " table is too large");
                        }
                        ByteBuffer table = ByteBuffer.allocate((int) chunkLength).order(ByteOrder.LITTLE_ENDIAN);
                        while (table.hasRemaining() && in.read(table, sub + 8 + table.position()) > 0) {
                            // read the whole table
                        }
                        tables.put(id, table.flip());
                    }
                    sub += 8 + chunkLength + (chunkLength & 1);
                }
                at += 8 + length + (length & 1);
            }
            if (data == null) {
                throw malformed(file, "it has no sample data (smpl)");
            }
            return parse(file, tables, data);
        }
    }

    private static Sf2Bank parse(Path file, Map<String, ByteBuffer> t, ShortBuffer data) throws IOException {
        for (String id : new String[] {"phdr", "pbag", "pgen", "inst", "ibag", "igen", "shdr"}) {
            if (!t.containsKey(id)) {
                throw malformed(file, "its preset data have no " + id + " table");
            }
        }
        List<Sample> samples = new ArrayList<>();
        ByteBuffer shdr = t.get("shdr");
        for (int i = 0; i + 46 <= shdr.limit(); i += 46) {
            samples.add(new Sample(name(shdr, i), shdr.getInt(i + 20), shdr.getInt(i + 24), shdr.getInt(i + 28),
                    shdr.getInt(i + 32), shdr.getInt(i + 36), shdr.get(i + 40) & 0xFF, shdr.get(i + 41)));
        }
        ByteBuffer inst = t.get("inst");
        int instrumentCount = inst.limit() / 22 - 1; // the last record only ends the previous one's bags
        List<List<Zone>> instruments = new ArrayList<>();
        for (int i = 0; i < instrumentCount; i++) {
            instruments.add(zones(file, t.get("ibag"), t.get("igen"), u16(inst, i * 22 + 20),
                    u16(inst, (i + 1) * 22 + 20), SAMPLE_ID, samples.size(), true));
        }
        ByteBuffer phdr = t.get("phdr");
        Map<Integer, Preset> presets = new HashMap<>();
        int presetCount = phdr.limit() / 38 - 1;
        for (int i = 0; i < presetCount; i++) {
            int o = i * 38;
            int program = u16(phdr, o + 20);
            int bank = u16(phdr, o + 22);
            List<Zone> zones = zones(file, t.get("pbag"), t.get("pgen"), u16(phdr, o + 24), u16(phdr, o + 38 + 24),
                    INSTRUMENT, instruments.size(), false);
            presets.putIfAbsent(key(bank, program), new Preset(name(phdr, o), bank, program, zones));
        }
        return new Sf2Bank(presets, instruments, samples, data);
    }

    /**
     * The zones of bags [from, to): the first is global when it lacks the terminal generator (instrument or
     * sample), and its values become the others' defaults. Zones that point nowhere are left out.
     */
    private static List<Zone> zones(Path file, ByteBuffer bags, ByteBuffer gens, int from, int to, int terminal,
            int targets, boolean instrumentLevel) throws IOException {
        int bagCount = bags.limit() / 4;
        int genCount = gens.limit() / 4;
        if (from > to || to >= bagCount) {
            throw malformed(file, "a preset or instrument names zones past the end of its table");
        }
        short[] defaults = instrumentLevel ? instrumentDefaults() : new short[GENERATORS];
        int[] globalRange = {0, 127, 0, 127};
        List<Zone> zones = new ArrayList<>();
        for (int b = from; b < to; b++) {
            int genFrom = u16(bags, b * 4);
            int genTo = u16(bags, (b + 1) * 4);
            if (genFrom > genTo || genTo > genCount) {
                throw malformed(file, "a zone names generators past the end of its table");
            }
            short[] values = defaults.clone();
            int[] range = globalRange.clone();
            int target = -1;
            for (int g = genFrom; g < genTo; g++) {
                int op = u16(gens, g * 4);
                short amount = gens.getShort(g * 4 + 2);
                if (op == KEY_RANGE || op == VEL_RANGE) {
                    int slot = op == KEY_RANGE ? 0 : 2;
                    range[slot] = gens.get(g * 4 + 2) & 0xFF;
                    range[slot + 1] = gens.get(g * 4 + 3) & 0xFF;
                } else if (op == terminal) {
                    target = amount & 0xFFFF;
                } else if (op < GENERATORS && (instrumentLevel || !instrumentOnly(op))) {
                    values[op] = amount;
                }
            }
            if (target < 0) {
                if (b == from) { // a global zone
                    defaults = values;
                    globalRange = range;
                }
                continue;
            }
            if (target < targets) {
                zones.add(new Zone(range[0], Math.min(127, range[1]), range[2], Math.min(127, range[3]), values,
                        target));
            }
        }
        return List.copyOf(zones);
    }

    private static short[] instrumentDefaults() {
        short[] d = new short[GENERATORS];
        d[FILTER_FC] = 13500;
        for (int g : new int[] {DELAY_MOD_LFO, DELAY_VIB_LFO, DELAY_MOD_ENV, ATTACK_MOD_ENV, HOLD_MOD_ENV,
            DECAY_MOD_ENV, RELEASE_MOD_ENV, DELAY_VOL, ATTACK_VOL, HOLD_VOL, DECAY_VOL, RELEASE_VOL}) {
            d[g] = -12000;
        }
        d[SCALE_TUNING] = 100;
        d[KEYNUM] = -1;
        d[VELOCITY] = -1;
        d[ROOT_KEY] = -1;
        return d;
    }

    private static boolean instrumentOnly(int generator) {
        for (int g : INSTRUMENT_ONLY) {
            if (g == generator) {
                return true;
            }
        }
        return false;
    }

    /** The preset for a bank and program, or null. */
    Preset preset(int bank, int program) {
        return presets.get(key(bank, program));
    }

    /** Any preset of the bank, the lowest program first, or null (a drum kit asked for that this bank lacks). */
    Preset anyPreset(int bank) {
        Preset best = null;
        for (Preset p : presets.values()) {
            if (p.bank() == bank && (best == null || p.program() < best.program())) {
                best = p;
            }
        }
        return best;
    }

    List<Zone> instrument(int index) {
        return instruments.get(index);
    }

    Sample sample(int index) {
        return samples.get(index);
    }

    /** Where an instrument zone's loop starts, in frames from its sample's start, the zone's offsets added. */
    long loopStart(Zone zone) {
        Sample s = samples.get(zone.target());
        return (long) s.loopStart() - s.start() + zone.get(LOOP_START_OFFSET) + 32768L * zone.get(LOOP_START_COARSE);
    }

    /** Where an instrument zone's loop ends (the first frame after it), as {@link #loopStart} counts. */
    long loopEnd(Zone zone) {
        Sample s = samples.get(zone.target());
        return (long) s.loopEnd() - s.start() + zone.get(LOOP_END_OFFSET) + 32768L * zone.get(LOOP_END_COARSE);
    }

    /**
     * The first instrument zone that loops a stretch of no length (its loop, with the zone's offsets, ends at or
     * before it starts), described, or null. The sample player plays such a zone unlooped; the JDK's Gervill
     * never returns from it.
     */
    String emptyLoop() {
        for (List<Zone> zones : instruments) {
            for (Zone z : zones) {
                int mode = z.get(SAMPLE_MODES) & 3;
                if ((mode == 1 || mode == 3) && loopEnd(z) <= loopStart(z)) {
                    return "a zone of sample '" + samples.get(z.target()).name() + "' loops frames " + loopStart(z)
                            + " to " + loopEnd(z) + " of it, a loop of no length";
                }
            }
        }
        return null;
    }

    /** A sample as floats, decoded the first time a note plays it. */
    Decoded decoded(int index) {
        return decoded.computeIfAbsent(index, i -> {
            Sample s = samples.get(i);
            int available = sampleData.limit();
            if (s.start() < 0 || s.end() <= s.start() || s.end() > available) {
                return new Decoded(new float[0], 0);
            }
            float[] out = new float[s.end() - s.start() + 1];
            float peak = 0;
            for (int f = 0; f < out.length - 1; f++) {
                out[f] = sampleData.get(s.start() + f) / 32768f;
                peak = Math.max(peak, Math.abs(out[f]));
            }
            out[out.length - 1] = s.end() < available ? sampleData.get(s.end()) / 32768f : 0f;
            return new Decoded(out, peak);
        });
    }

    private static int key(int bank, int program) {
        return bank << 8 | program;
    }

    private static int u16(ByteBuffer b, int offset) throws IOException {
        if (offset < 0 || offset + 2 > b.limit()) {
            throw new IOException("a SoundFont table ends inside a record");
        }
        return b.getShort(offset) & 0xFFFF;
    }

    private static String name(ByteBuffer b, int offset) {
        byte[] raw = new byte[20];
        b.get(offset, raw);
        int n = 0;
        while (n < raw.length && raw[n] != 0) {
            n++;
        }
        return new String(raw, 0, n, StandardCharsets.ISO_8859_1).strip();
    }

    private static String tag(ByteBuffer b, int offset) {
        byte[] four = new byte[4];
        b.get(offset, four);
        return new String(four, StandardCharsets.US_ASCII);
    }

    private static IOException malformed(Path file, String what) {
        return new IOException("SoundFont " + file + " cannot be read: " + what);
    }
}
