// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.midi;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.service.component.annotations.Component;
import org.riffwire.api.Piece;
import org.riffwire.api.Renderer;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.propertytypes.Format;
import org.riffwire.api.propertytypes.Name;

/** Renders a piece's score as a Standard MIDI File, type 1. */
@Component(service = Renderer.class)
@Name("midi")
@Format("mid")
public final class MidiRenderer implements Renderer {

    @Override
    public void render(Piece piece, OutputStream out) throws IOException, UnsatisfiableSpecException {
        var score = piece.score().orElseThrow(
                () -> new UnsatisfiableSpecException("MIDI output needs a score, and this generator made audio only"));
        String title = piece.spec().get(org.riffwire.api.spec.SpecField.TITLE).orElse("Riffwire");
        out.write(SmfWriter.write(score, title));
    }
}
