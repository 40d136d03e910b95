// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.tools.ToolProvider;

/**
 * A plug-in bundle whose generator claims to keep the tempo and does not: it plays 1.5 times as fast as asked.
 * It is compiled and packed by the test itself (javac and a hand-written DS descriptor), so what --verify must
 * catch is a real bundle in a real runtime, not a stand-in.
 */
final class LyingGenerator {
    static final String NAME = "liar";

    private static final String SOURCE = """
            package org.riffwire.it.liar;

            import java.util.ArrayList;
            import java.util.List;
            import java.util.Map;
            import org.riffwire.api.GenerationContext;
            import org.riffwire.api.Generator;
            import org.riffwire.api.Piece;
            import org.riffwire.api.music.Key;
            import org.riffwire.api.music.Meter;
            import org.riffwire.api.music.Mode;
            import org.riffwire.api.music.Note;
            import org.riffwire.api.music.Score;
            import org.riffwire.api.music.Track;
            import org.riffwire.api.music.TrackRole;
            import org.riffwire.api.spec.MusicSpec;

            public final class LiarGenerator implements Generator {
                @Override
                public Piece generate(MusicSpec spec, GenerationContext context) {
                    double tempo = spec.tempo().orElse(100.0) * 1.5;
                    List<Note> notes = new ArrayList<>();
                    for (int i = 0; i < 16; i++) {
                        notes.add(new Note(60 + (i % 8), i * 960L, 900, 80));
                    }
                    Score score = new Score(960, tempo, Meter.COMMON, new Key(0, Mode.MAJOR),
                            List.of(new Track("Lie (piano)", TrackRole.MELODY, 0, 0, notes)), 16 * 960L);
                    return Piece.ofScore(spec, score, Map.of("generator", "liar"));
                }
            }
            """;

    private static final String COMPONENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="org.riffwire.it.liar">
              <property name="riffwire.name" type="String" value="liar"/>
              <property name="riffwire.produces" type="String" value="score"/>
              <property name="riffwire.honours.exact" type="String">tempo</property>
              <service><provide interface="org.riffwire.api.Generator"/></service>
              <implementation class="org.riffwire.it.liar.LiarGenerator"/>
            </scr:component>
            """;

    private LyingGenerator() {
    }

    /** Compiles the generator against the API the tests run with and writes it as a bundle jar. */
    static Path build(Path work, Path jar) throws Exception {
        Path src = Files.createDirectories(work.resolve("liar-src/org/riffwire/it/liar"));
        Path classes = Files.createDirectories(work.resolve("liar-classes"));
        Path java = Files.writeString(src.resolve("LiarGenerator.java"), SOURCE);
        String api = Path.of(org.riffwire.api.Generator.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-cp", api, "-d",
                classes.toString(), java.toString());
        if (compiled != 0) {
            throw new IllegalStateException("the lying generator did not compile");
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.riffwire.it.liar");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "org.riffwire.api;version=\"[2.0,3)\",org.riffwire.api.music;version=\"[2.0,3)\","
                + "org.riffwire.api.spec;version=\"[2.0,3)\"");
        main.putValue("Service-Component", "OSGI-INF/liar.xml");
        main.putValue("Require-Capability", "osgi.extender;filter:=\"(&(osgi.extender=osgi.component)(version>=1.3.0))\"");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (var entry : List.of(
                    new Object[] {"OSGI-INF/liar.xml", COMPONENT.getBytes(StandardCharsets.UTF_8)},
                    new Object[] {"org/riffwire/it/liar/LiarGenerator.class",
                            Files.readAllBytes(classes.resolve("org/riffwire/it/liar/LiarGenerator.class"))})) {
                out.putNextEntry(new JarEntry((String) entry[0]));
                out.write((byte[]) entry[1]);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException("the lying generator's jar could not be written", e);
        }
        return jar;
    }
}
