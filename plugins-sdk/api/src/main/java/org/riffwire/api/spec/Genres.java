// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

import java.util.List;

/**
 * The genre and form ids a {@link SpecField#GENRE} value may take: the vocabulary interpreters write, pipeline
 * settings accept and generators arrange for. Adding one is a minor version change of this package.
 */
public final class Genres {
    public static final List<String> IDS = List.of("pop", "rock", "metal", "punk", "folk", "country", "blues", "jazz",
            "jazz ballad", "swing", "bossa nova", "samba", "tango", "salsa", "reggae", "ska", "funk", "disco", "house",
            "techno", "trance", "drum and bass", "hip hop", "lofi hip hop", "synthwave", "chiptune", "ambient",
            "cinematic", "classical", "baroque", "chorale", "fanfare", "lullaby", "waltz", "march", "jig", "reel",
            "polka", "celtic", "gospel", "ballad", "power ballad", "soft rock", "minuet", "bluegrass", "flamenco",
            "sea shanty", "trap", "dubstep", "r&b");

    private Genres() {
    }

    public static boolean isKnown(String id) {
        return IDS.contains(id);
    }
}
