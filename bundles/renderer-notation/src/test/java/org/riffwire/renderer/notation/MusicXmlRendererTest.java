// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.riffwire.api.Piece;
import org.riffwire.api.music.Key;
import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.Note;
import org.riffwire.api.music.Score;
import org.riffwire.api.music.Track;
import org.riffwire.api.music.TrackRole;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Writes generated pieces as MusicXML, validates them against the W3C MusicXML 4.0 XSD and reads them back with
 * the JDK's DOM parser: every note of the score must be there at its tick, with its pitch.
 */
class MusicXmlRendererTest {

    /** The five kinds of piece the issue names: quartet, lead sheet with drums, 6/8 jig, 7/8 piece, swing. */
    static Stream<Arguments> pieces() {
        return Stream.of(
                Arguments.of("quartet", "classical", 2, Mode.MAJOR, "4/4", false, new int[] {40, 40, 41, 42}),
                Arguments.of("lead sheet with drums", "pop", 10, Mode.MAJOR, "4/4", true, new int[] {0, 33}),
                Arguments.of("jig", "jig", 7, Mode.MAJOR, "6/8", false, new int[] {73, 24}),
                Arguments.of("seven-eight", "folk", 4, Mode.MINOR, "7/8", true, new int[] {71, 0}),
                Arguments.of("triplet swing", "jazz", 3, Mode.DORIAN, "4/4", true, new int[] {66, 0, 32}));
    }

    private static String musicXml(Piece piece) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MusicXmlRenderer().render(piece, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pieces")
    void validatesAgainstTheXsdAndHoldsEveryNote(String what, String genre, int tonic, Mode mode, String meter,
            boolean drums, int[] programs) throws Exception {
        Piece piece = TestPieces.piece(genre, tonic, mode, meter, drums, programs);
        String xml = musicXml(piece);
        validate(xml);
        Score score = piece.score().orElseThrow();
        List<Track> tracks = score.tracks().stream().filter(t -> !t.notes().isEmpty()).toList();
        List<Map<Long, TreeSet<Integer>>> read = readBack(xml, score.meter().barTicks(score.ppq()));
        assertEquals(tracks.size(), read.size(), "one part per track");
        for (int i = 0; i < tracks.size(); i++) {
            assertEquals(onsets(tracks.get(i)), read.get(i), what + ": part " + (i + 1) + " (" + tracks.get(i).name()
                    + "), tick to pitches");
        }
        if (drums) {
            assertTrue(xml.contains("<sign>percussion</sign>"), "drums on a percussion staff");
        }
    }

    @Test
    void writesKeyMeterTempoAndClefs() throws Exception {
        Piece piece = TestPieces.piece("jig", 2, Mode.MINOR, "6/8", false, 73, 42);
        String xml = musicXml(piece);
        Document doc = parse(xml);
        Element firstPart = (Element) doc.getElementsByTagName("part").item(0);
        assertEquals("-1", text(firstPart, "fifths"), "D minor: one flat");
        assertEquals("minor", text(firstPart, "mode"));
        assertEquals("6", text(firstPart, "beats"));
        assertEquals("8", text(firstPart, "beat-type"));
        Element sound = (Element) firstPart.getElementsByTagName("sound").item(0);
        assertEquals(piece.score().orElseThrow().tempoBpm(), Double.parseDouble(sound.getAttribute("tempo")), 1e-3);
        assertEquals(1, firstPart.getElementsByTagName("beat-unit-dot").getLength(), "a dotted-quarter beat in 6/8");
        Element cello = (Element) doc.getElementsByTagName("part").item(1);
        assertEquals("F", text(cello, "sign"), "the cello in the bass clef");
        assertEquals("G", text(firstPart, "sign"), "the flute in the treble clef");
        Element midi = (Element) doc.getElementsByTagName("midi-instrument").item(1);
        assertEquals("43", text(midi, "midi-program"), "MusicXML counts General MIDI programs from 1");
    }

    @Test
    void spellsFlatsInFlatKeysAndEscapesTheTitle() throws Exception {
        Track melody = new Track("Melody & <friends>", TrackRole.MELODY, 0, 0,
                List.of(new Note(70, 0, 960, 90), new Note(66, 960, 960, 90), new Note(63, 1920, 1920, 90)));
        Score score = new Score(Score.PPQ, 100, Meter.COMMON, new Key(3, Mode.MAJOR), List.of(melody), 3840);
        String xml = MusicXmlWriter.write(score, "Rock & \"Roll\" <live>");
        validate(xml);
        assertTrue(xml.contains("<work-title>Rock &amp; &quot;Roll&quot; &lt;live&gt;</work-title>"), xml);
        String compact = xml.replaceAll(">\\s+<", "><");
        assertTrue(compact.contains("<step>B</step><alter>-1</alter>"), "B flat in E flat major:\n" + xml);
        assertTrue(compact.contains("<step>G</step><alter>-1</alter>"), "G flat, not F sharp:\n" + xml);
        assertEquals(Map.of(0L, new TreeSet<>(List.of(70)), 960L, new TreeSet<>(List.of(66)), 1920L,
                new TreeSet<>(List.of(63))), readBack(xml, 3840).get(0));
    }

    @Test
    void splitsLengthsIntoWrittenValues() {
        assertEquals(List.of(new MusicXmlWriter.Value(1, 2, 3360)), MusicXmlWriter.values(3360), "a 7/8 bar");
        assertEquals(List.of(new MusicXmlWriter.Value(2, 1, 1440)), MusicXmlWriter.values(1440), "dotted quarter");
        assertEquals(List.of(new MusicXmlWriter.Value(2, 0, 960), new MusicXmlWriter.Value(4, 0, 240)),
                MusicXmlWriter.values(1200), "quarter tied to a sixteenth");
        assertEquals(List.of(new MusicXmlWriter.Value(0, 2, 6720), new MusicXmlWriter.Value(2, 1, 1440)),
                MusicXmlWriter.values(8160), "the longest values first");
        assertEquals(List.of(new MusicXmlWriter.Value(4, 0, 240), new MusicXmlWriter.Value(6, 0, 60)),
                MusicXmlWriter.values(300), "a sixteenth tied to a 64th");
    }

    @Test
    void notesHeldAcrossBarsAreTied() throws Exception {
        Track melody = new Track("Flute", TrackRole.MELODY, 73, 0, List.of(new Note(72, 2880, 1920, 90)));
        Score score = new Score(Score.PPQ, 120, Meter.COMMON, new Key(0, Mode.MAJOR), List.of(melody), 7680);
        String xml = MusicXmlWriter.write(score, "tie");
        validate(xml);
        Document doc = parse(xml);
        assertEquals(1, doc.getElementsByTagName("tied").getLength() / 2, "one tie: a start and a stop");
        assertEquals(Map.of(2880L, new TreeSet<>(List.of(72))), readBack(xml, 3840).get(0), "one note, not two");
    }

    private static Map<Long, TreeSet<Integer>> onsets(Track track) {
        Map<Long, TreeSet<Integer>> onsets = new TreeMap<>();
        for (Note n : track.notes()) {
            onsets.computeIfAbsent(n.startTick(), k -> new TreeSet<>()).add(n.pitch());
        }
        return onsets;
    }

    /**
     * Each part's sounding onsets (tick to pitches) as the document states them: durations add up along the part,
     * a chord member shares its predecessor's onset, a note tied from before starts nothing new, and a drum note's
     * pitch is its instrument's MIDI key. Every measure must add up to exactly one bar.
     */
    private static List<Map<Long, TreeSet<Integer>>> readBack(String xml, int barTicks) throws Exception {
        Document doc = parse(xml);
        Map<String, Integer> unpitched = new TreeMap<>();
        var instruments = doc.getElementsByTagName("midi-instrument");
        for (int i = 0; i < instruments.getLength(); i++) {
            Element mi = (Element) instruments.item(i);
            if (mi.getElementsByTagName("midi-unpitched").getLength() > 0) {
                unpitched.put(mi.getAttribute("id"), Integer.parseInt(text(mi, "midi-unpitched")) - 1);
            }
        }
        List<Map<Long, TreeSet<Integer>>> parts = new ArrayList<>();
        var partNodes = doc.getElementsByTagName("part");
        for (int p = 0; p < partNodes.getLength(); p++) {
            Map<Long, TreeSet<Integer>> onsets = new TreeMap<>();
            long time = 0;
            var measures = ((Element) partNodes.item(p)).getElementsByTagName("measure");
            for (int m = 0; m < measures.getLength(); m++) {
                long measureStart = time;
                long lastOnset = time;
                for (Node child = measures.item(m).getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (!(child instanceof Element note) || !note.getTagName().equals("note")) {
                        continue;
                    }
                    boolean chord = note.getElementsByTagName("chord").getLength() > 0;
                    long onset = chord ? lastOnset : time;
                    long duration = Long.parseLong(text(note, "duration"));
                    boolean tiedFrom = false;
                    var ties = note.getElementsByTagName("tie");
                    for (int t = 0; t < ties.getLength(); t++) {
                        tiedFrom |= ((Element) ties.item(t)).getAttribute("type").equals("stop");
                    }
                    Integer pitch = null;
                    if (note.getElementsByTagName("pitch").getLength() > 0) {
                        int alter = note.getElementsByTagName("alter").getLength() > 0
                                ? Integer.parseInt(text(note, "alter")) : 0;
                        pitch = (Integer.parseInt(text(note, "octave")) + 1) * 12
                                + new int[] {0, 2, 4, 5, 7, 9, 11}["CDEFGAB".indexOf(text(note, "step"))] + alter;
                    } else if (note.getElementsByTagName("unpitched").getLength() > 0) {
                        String id = ((Element) note.getElementsByTagName("instrument").item(0)).getAttribute("id");
                        pitch = unpitched.get(id);
                        assertNotNull(pitch, "a drum note names a declared instrument: " + id);
                    }
                    if (pitch != null && !tiedFrom) {
                        onsets.computeIfAbsent(onset, k -> new TreeSet<>()).add(pitch);
                    }
                    if (!chord) {
                        lastOnset = time;
                        time += duration;
                    }
                }
                assertEquals(barTicks, time - measureStart, "measure " + (m + 1) + " of part " + (p + 1) + " adds up");
            }
            parts.add(onsets);
        }
        return parts;
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Validates against the MusicXML 4.0 XSD, with the XML and XLink schemas it imports supplied locally. */
    static void validate(String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(new LocalSchemas());
        InputStream xsd = MusicXmlRendererTest.class.getResourceAsStream("/META-INF/jaxb/xsd/musicxml.xsd");
        assertNotNull(xsd, "the MusicXML 4.0 XSD from the proxymusic test dependency");
        var schema = factory.newSchema(new StreamSource(xsd, "musicxml.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static final class LocalSchemas implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
                String baseUri) {
            String name = systemId.substring(systemId.lastIndexOf('/') + 1);
            InputStream in = MusicXmlRendererTest.class.getResourceAsStream("xsd/" + name);
            if (in == null) {
                throw new IllegalStateException("no local copy of " + systemId + "; validation stays offline");
            }
            return new LocalInput(in, systemId, publicId, baseUri);
        }
    }

    private record LocalInput(InputStream byteStream, String systemId, String publicId, String baseURI)
            implements LSInput {
        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader r) { }
        @Override public InputStream getByteStream() { return byteStream; }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return baseURI; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
