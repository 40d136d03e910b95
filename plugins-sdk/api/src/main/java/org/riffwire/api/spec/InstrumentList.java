// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import java.util.List;
import java.util.stream.Collectors;

/** The instruments a prompt asks for, in the order it names them. A list may repeat an instrument. */
public record InstrumentList(List<Instrument> instruments) {
    public InstrumentList {
        instruments = List.copyOf(instruments);
        if (instruments.isEmpty()) {
            throw new IllegalArgumentException("an instrument list needs at least one instrument");
        }
    }

    @Override
    public String toString() {
        return instruments.stream().map(Instrument::toString).collect(Collectors.joining(", "));
    }
}
