// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.keyword;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.riffwire.api.InvalidPromptException;
import org.riffwire.api.Prompt;
import org.riffwire.api.PromptInterpreter;
import org.riffwire.api.propertytypes.Name;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecPatch;

/**
 * Reads the plain-language part of a prompt: tempo, key and mode, meter, length, instruments, drums, genre,
 * dynamics, mood and register. Values the prompt states are explicit; values a genre or mood word only suggests are
 * inferred, so a stated "at 90 bpm" always beats the tempo a "waltz" would suggest.
 *
 * <p>Readers run in a fixed order and mark the words they use, so the numbers in "120 beats per minute" are a
 * tempo and not a drum "beat", and "mezzo piano" is a dynamic and not a piano. Every reader holds only
 * immutable tables, so one instance serves any number of threads.
 */
@Component(service = PromptInterpreter.class)
@Name(KeywordInterpreter.NAME)
@ServiceRanking(100)
public final class KeywordInterpreter implements PromptInterpreter {
    static final String NAME = "keyword";
    /**
     * How firmly a named line-up without a genre or a drum word means "no drums": above every guess from mood or
     * style (0.4 here, 0.45 in the semantic interpreter), below anything stated.
     */
    static final double LINE_UP_WITHOUT_DRUMS = 0.9;

    private final TempoReader tempo = new TempoReader();
    private final MeterReader meter = new MeterReader();
    private final LengthReader length = new LengthReader();
    private final KeyReader key = new KeyReader();
    private final DynamicsReader dynamics = new DynamicsReader();
    private final InstrumentReader instruments = new InstrumentReader();
    private final GenreReader genres = new GenreReader(new GenreTable());
    private final DrumsReader drums = new DrumsReader();
    private final TempoWordReader tempoWords = new TempoWordReader();
    private final MoodReader moods = new MoodReader();
    private final RegisterReader register = new RegisterReader();

    public KeywordInterpreter() {
        // Tables are built here, once, and never change.
    }

    @Override
    public SpecPatch interpret(Prompt prompt) throws InvalidPromptException {
        PromptText text = PromptText.of(prompt.text());
        Findings found = new Findings();

        // Patterns with digits and note names go first: their words are the least ambiguous.
        tempo.read(text, found);
        meter.read(text, found);
        length.read(text, found);
        key.read(text, found);
        dynamics.read(text, found);
        // Before the word readers, and marking nothing used: its words ("dark", "bright") are mood words too.
        register.read(text, found);

        Tokens tokens = Tokens.of(text);
        List<Phrase<List<Integer>>> instrumentHits = instruments.find(tokens);
        List<Phrase<GenreTable.Word>> genreHits = genres.find(tokens, instrumentHits);
        List<Phrase<List<Integer>>> keptInstruments = PhraseArbiter.survivors(instrumentHits, genreHits);
        List<Phrase<GenreTable.Word>> keptGenres = PhraseArbiter.survivors(genreHits, instrumentHits);
        keptInstruments.forEach(p -> tokens.use(p.first(), p.end()));
        keptGenres.forEach(p -> tokens.use(p.first(), p.end()));

        // The genre is known before the instruments are read: a rock "guitar" is not a folk one.
        GenreReader.Mentions named = genres.mentions(tokens, keptGenres);
        InstrumentReader.Result chosen = instruments.read(tokens, keptInstruments, named.lead(), found);
        drums.read(tokens, found);
        TempoLean lean = tempoWords.read(tokens, found);
        boolean tempoStated = found.has(SpecField.TEMPO) || !lean.isEmpty();
        genres.read(named, lean, chosen.excluded(), found);
        tempoWords.settle(lean, named.lead(), named.leadWords(), found);
        moods.read(tokens, found, tempoStated);
        // "a harp and flute duet" names the whole ensemble: with no genre to bring a kit and no word asking for
        // one, a drum part would be a player nobody asked for, however lively the mood.
        if (found.hasExplicit(SpecField.INSTRUMENTS) && !found.hasExplicit(SpecField.DRUMS) && named.lead() == null) {
            found.inferred(SpecField.DRUMS, false, LINE_UP_WITHOUT_DRUMS, found.explicitWords(SpecField.INSTRUMENTS));
        }
        return found.toPatch(NAME);
    }
}
