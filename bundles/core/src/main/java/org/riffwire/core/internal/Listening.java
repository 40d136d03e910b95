// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.riffwire.api.Piece;
import org.riffwire.api.Synthesizer;
import org.riffwire.api.UnsatisfiableSpecException;
import org.riffwire.api.analysis.AdherenceReport;
import org.riffwire.api.analysis.AudioAnalysis;
import org.riffwire.api.analysis.AudioAnalyzer;
import org.riffwire.api.analysis.Verifier;
import org.riffwire.api.music.AudioClip;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.spec.SpecField;
import org.riffwire.core.api.BadRequestException;

/**
 * Listens to pieces and files: verification (the score checked exactly, the audio by ear) and analysis. A
 * score-only piece is heard through the {@link Synthesizer}; an audio-only piece as it is.
 */
@Component(service = Listening.class)
public final class Listening {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Verifier verifier;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AudioAnalyzer analyzer;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Synthesizer synthesizer;

    AudioAnalysis analyze(Path audioFile) throws BadRequestException {
        AudioAnalyzer current = analyzer;
        if (current == null) {
            throw new BadRequestException("analysis needs the dsp bundle (org.riffwire.dsp), which is not running");
        }
        return current.analyze(AudioFiles.read(audioFile));
    }

    /**
     * Listens to the piece: its own audio, else the written WAV, else the score rendered in memory; and, when the
     * spec limits pitches, each single-line part rendered alone, so its pitches can be tracked one by one.
     */
    AdherenceReport verify(Piece piece, List<Path> written, Map<String, String> settings)
            throws BadRequestException, UnsatisfiableSpecException {
        Verifier currentVerifier = verifier;
        if (currentVerifier == null) {
            throw new BadRequestException("verification needs the dsp bundle (org.riffwire.dsp), which is not running");
        }
        Synthesizer renderer = synthesizer;
        if (renderer == null && piece.audio().isEmpty()) {
            throw new BadRequestException("verification listens to the piece and needs a synthesizer (the audio renderer), "
                    + "which is not running");
        }
        AudioClip mix;
        Optional<Path> wavFile = written.stream().filter(f -> OutputPlan.extension(f).equals("wav")).findFirst();
        if (piece.audio().isPresent()) {
            mix = piece.audio().get();
        } else if (wavFile.isPresent()) {
            mix = AudioFiles.read(wavFile.get());
        } else {
            mix = render(renderer, piece.score().orElseThrow(), settings);
        }
        Map<String, AudioClip> stems = new LinkedHashMap<>();
        boolean pitchLimited = piece.spec().get(SpecField.PITCH_SET).isPresent()
                || piece.spec().get(SpecField.MELODY_PITCH_SET).isPresent();
        if (pitchLimited && renderer != null && piece.score().isPresent()) {
            Score score = piece.score().get();
            for (Track track : score.tracks()) {
                if (!track.isDrums() && isSingleLine(track)) {
                    Score alone = new Score(score.ppq(), score.tempoBpm(), score.meter(), score.key(), List.of(track),
                            score.lengthTicks());
                    stems.put(track.name(), render(renderer, alone, settings));
                }
            }
        }
        return currentVerifier.verify(piece.spec(), piece, mix, stems);
    }

    private static boolean isSingleLine(Track track) {
        long end = 0;
        for (Note n : track.notes()) {
            if (n.startTick() < end) {
                return false;
            }
            end = n.endTick();
        }
        return !track.notes().isEmpty();
    }

    private static AudioClip render(Synthesizer synthesizer, Score score, Map<String, String> settings)
            throws BadRequestException {
        try {
            return synthesizer.synthesize(score, settings);
        } catch (IOException e) {
            throw new BadRequestException("could not synthesise the piece to listen to: " + e.getMessage(), e);
        }
    }
}
