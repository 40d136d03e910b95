// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.notation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.osgi.service.component.annotations.Component;
import org.riffwire.api.Piece;
import org.riffwire.api.Renderer;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.propertytypes.Format;
import org.riffwire.api.propertytypes.Name;
import org.riffwire.api.spec.SpecField;

/** Writes a piece's score as a MusicXML 4.0 partwise document, which MuseScore, Finale and Sibelius open. */
@Component(service = Renderer.class)
@Name("musicxml")
@Format("musicxml")
public final class MusicXmlRenderer implements Renderer {

    @Override
    public void render(Piece piece, OutputStream out) throws IOException, UnsatisfiableSpecException {
        var score = piece.score().orElseThrow(() -> new UnsatisfiableSpecException(
                "MusicXML output needs a score, and this generator made audio only"));
        String title = piece.spec().get(SpecField.TITLE).orElse("Riffwire");
        out.write(MusicXmlWriter.write(score, title).getBytes(StandardCharsets.UTF_8));
    }
}
