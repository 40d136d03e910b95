// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.notation;

import java.util.ArrayList;
import java.util.List;

import org.riffwire.api.Piece;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.Length;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.generator.symbolic.SymbolicGenerator;
import org.riffwire.testkit.Specs;

/** Pieces made by the real symbolic generator for the notation tests: 16 bars of a genre, key, meter and band. */
final class TestPieces {
    private TestPieces() {
    }

    static Piece piece(String genre, int tonic, Mode mode, String meter, boolean drums, int... programs)
            throws Exception {
        String[] m = meter.split("/");
        SpecPatch.Builder b = SpecPatch.builder("test")
                .explicit(SpecField.GENRE, genre, genre)
                .explicit(SpecField.TONIC, tonic, "key")
                .explicit(SpecField.MODE, mode, "mode")
                .explicit(SpecField.METER, new Meter(Integer.parseInt(m[0]), Integer.parseInt(m[1])), meter)
                .explicit(SpecField.LENGTH, Length.ofBars(16), "16 bars")
                .explicit(SpecField.DRUMS, drums, "drums");
        List<Instrument> instruments = new ArrayList<>();
        for (int p : programs) {
            instruments.add(new Instrument(p, "GM " + p, null));
        }
        b.explicit(SpecField.INSTRUMENTS, new InstrumentList(instruments), "instruments");
        MusicSpec spec = MusicSpec.merge(List.of(b.build()));
        return new SymbolicGenerator().generate(spec, Specs.context(tonic * 7L + programs.length, false));
    }
}
