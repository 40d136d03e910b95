// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.util.List;

import org.riffwire.api.music.GeneralMidi;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.spec.Defaults;
import org.riffwire.api.spec.Dynamics;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.Length;
import org.riffwire.api.spec.Provenance;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;

/**
 * What the runtime assumes when a prompt says nothing: merged last, at the weakest strength. No tonic: a
 * generator picks a key that suits the rest (a pitch set's, or a common one drawn from the seed).
 */
final class RuntimeDefaults {
    static final String SOURCE = "runtime";

    private RuntimeDefaults() {
    }

    static SpecPatch patch() {
        Provenance p = Provenance.byDefault(SOURCE);
        return SpecPatch.builder(SOURCE)
                .add(SpecField.TEMPO, Defaults.TEMPO, p)
                .add(SpecField.MODE, Mode.MAJOR, p)
                .add(SpecField.METER, Defaults.METER, p)
                .add(SpecField.LENGTH, Defaults.LENGTH, p)
                .add(SpecField.DRUMS, false, p)
                .add(SpecField.INSTRUMENTS, new InstrumentList(List.of(new Instrument(Defaults.INSTRUMENT, GeneralMidi.programName(Defaults.INSTRUMENT), null))), p)
                .add(SpecField.DYNAMICS, Dynamics.MF, p)
                .build();
    }
}
