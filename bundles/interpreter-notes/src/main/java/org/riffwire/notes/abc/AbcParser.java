// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.List;

import org.riffwire.api.music.Meter;

/**
 * Reads one ABC 2.1 tune. The text may be a whole tune (X:, other header fields, K:, then the body) or a bare body
 * fragment such as "|: GABc dedB :|", read with L:1/8, M:4/4 and K:C. Only the first voice is read, and the tune
 * ends at a second X: line. Every problem is reported as an {@link AbcSyntaxException}; nothing else is thrown.
 * Instances hold no state and may be shared.
 */
public final class AbcParser {
    public AbcTune parse(String text) throws AbcSyntaxException {
        if (text == null) {
            throw new AbcSyntaxException("ABC: no text to read");
        }
        List<SourceLine> lines = SourceLine.split(text);
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            throw new AbcSyntaxException("ABC: the text holds no tune");
        }
        TuneState state = new TuneState();
        HeaderReader header = new HeaderReader(state);
        int bodyStart = header.read(lines, first);
        // The tune's own values are the header's; body fields change the state afterwards.
        AbcFraction unitLength = state.unitLength();
        KeySignature key = state.key();
        Meter meter = state.meter();
        BodyReader body = new BodyReader(state);
        for (int i = bodyStart; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.directive() != null) {
                state.applyDirective(line.directive());
            }
            if (line.isBlank()) {
                continue;
            }
            if (line.isField()) {
                if (line.fieldName() == 'X') {
                    break;
                }
                body.readField(line);
            } else {
                body.readLine(line);
            }
        }
        List<AbcEvent> events = RepeatExpander.expand(PartOrder.arrange(body.finish(), header.fields().get('P'), state));
        if (events.stream().noneMatch(e -> e instanceof AbcNote n && !n.isRest())) {
            throw new AbcSyntaxException("ABC: the tune has no notes");
        }
        return new AbcTune(header.title(), meter, unitLength, header.tempo(), key.key(), key.stated(), header.fields(),
                events, state.warnings());
    }
}
