// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.notes;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Prompt;
import org.riffwire.api.PromptInterpreter;
import org.riffwire.api.propertytypes.Name;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;
import org.riffwire.notes.abc.AbcParser;
import org.riffwire.notes.abc.AbcSyntaxException;
import org.riffwire.notes.abc.AbcTune;

/**
 * Reads the notes a prompt pins down, all as explicit values: limits on the pitches ("only uses A, B, C#",
 * "pentatonic in A minor"), notes spelled out in order ("starts with E G B"), and ABC notation. Broken ABC makes
 * the prompt invalid, with the parser's message naming the problem.
 */
@Component(service = PromptInterpreter.class)
@Name(NoteInterpreter.NAME)
@ServiceRanking(90)
public final class NoteInterpreter implements PromptInterpreter {
    static final String NAME = "notes";

    private final AbcParser parser = new AbcParser();

    @Override
    public SpecPatch interpret(Prompt prompt) throws InvalidPromptException {
        String text = prompt.text();
        SpecPatch.Builder patch = SpecPatch.builder(NAME);
        String prose = text;
        Optional<AbcPassage> abc = AbcLocator.find(text);
        if (abc.isPresent()) {
            AbcSpecMapper.add(patch, parse(abc.get()), abc.get());
            prose = blankOut(text, abc.get().start(), abc.get().end());
        }
        List<int[]> taken = PitchSetReader.read(prose, patch);
        for (NoteSequenceReader.Found found : NoteSequenceReader.read(prose, taken)) {
            patch.explicit(SpecField.OPENING, found.sequence(), found.words());
        }
        return patch.build();
    }

    private AbcTune parse(AbcPassage passage) throws InvalidPromptException {
        try {
            return parser.parse(passage.abc());
        } catch (AbcSyntaxException e) {
            throw new InvalidPromptException(e.getMessage());
        }
    }

    /** Hides the ABC from the prose readers while keeping every other word at its place. */
    private static String blankOut(String text, int start, int end) {
        return text.substring(0, start) + " ".repeat(end - start) + text.substring(end);
    }
}
