// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.image;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * Coverage-guided fuzzing of picture decoding (bench/fuzz.sh runs it for longer): any bytes, under any of the
 * names the studio and the command line pass, give a picture or an {@link UnreadableImageException}. Findings are
 * kept under {@code src/test/resources/…/PictureDecoderFuzzTestInputs/} and replayed by every build.
 */
class PictureDecoderFuzzTest {
    private static final String[] NAMES = {"p.png", "p.jpg", "p.gif", "p.bmp", "p.tif", "p.webp", "picture"};
    private final PictureDecoder decoder = new PictureDecoder();

    @FuzzTest(maxDuration = "10s")
    void decodesOrRefuses(@NotNull byte[] bytes) {
        String name = NAMES[bytes.length % NAMES.length];
        try {
            decoder.decode(bytes, name, 64 * 64);
        } catch (UnreadableImageException expected) {
            // A clear refusal is the contract.
        }
    }
}
