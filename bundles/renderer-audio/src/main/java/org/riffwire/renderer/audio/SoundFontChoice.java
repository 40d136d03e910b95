// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which SoundFont to render with: a configured path, else a General MIDI .sf2 found in the search folder, else
 * the JDK's built-in bank (an empty path). .sf3 files hold Vorbis-compressed samples, which the JDK's
 * synthesizer cannot decode (it would render noise): a configured .sf3 is refused, a found one skipped.
 */
record SoundFontChoice(Optional<Path> path, String reason) {
    /** The configured value that asks for the JDK's built-in bank even when SoundFonts are installed. */
    static final String BUILT_IN = "builtin";
    // Preferred Debian General MIDI banks, best sounding first.
    private static final List<String> PREFERRED = List.of("FluidR3_GM.sf2", "TimGM6mb.sf2", "default-GM.sf2");

    static SoundFontChoice choose(String configured, Path searchFolder) throws IOException {
        if (configured != null && configured.strip().equalsIgnoreCase(BUILT_IN)) {
            return new SoundFontChoice(Optional.empty(), "requested");
        }
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured.strip());
            if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sf3")) {
                throw new IOException("SoundFont " + path + " is an .sf3 file (Vorbis-compressed samples), which the "
                        + "JDK synthesizer cannot decode; use an .sf2 such as Debian's fluid-soundfont-gm");
            }
            if (!Files.isReadable(path)) {
                throw new IOException("SoundFont " + path + " does not exist or cannot be read");
            }
            SoundFontFile.check(path);
            return new SoundFontChoice(Optional.of(path), "configured");
        }
        if (Files.isDirectory(searchFolder)) {
            for (String name : PREFERRED) {
                Path candidate = searchFolder.resolve(name);
                if (Files.isReadable(candidate)) {
                    return new SoundFontChoice(Optional.of(candidate.toRealPath()), "found in " + searchFolder);
                }
            }
            try (Stream<Path> files = Files.list(searchFolder)) {
                Optional<Path> any = files.filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".sf2"))
                        .filter(Files::isReadable).sorted().findFirst();
                if (any.isPresent()) {
                    return new SoundFontChoice(Optional.of(any.get().toRealPath()), "found in " + searchFolder);
                }
            }
        }
        return new SoundFontChoice(Optional.empty(), "no .sf2 in " + searchFolder);
    }

    String describe() {
        return path.map(p -> "SoundFont " + p + " (" + reason + ")").orElse("JDK built-in bank (" + reason + ")");
    }
}
