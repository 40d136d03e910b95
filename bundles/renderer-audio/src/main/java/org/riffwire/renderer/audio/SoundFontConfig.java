// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.audio;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Riffwire audio renderer", description = "WAV rendering with a General MIDI SoundFont")
public @interface SoundFontConfig {
    @AttributeDefinition(description = "Path of an .sf2 SoundFont, or \"builtin\" for the JDK's bank; empty: the "
            + "riffwire.soundfont property, then /usr/share/sounds/sf2, then the JDK's built-in bank")
    String soundfont() default "";

    @AttributeDefinition(description = "Folder searched for General MIDI SoundFonts")
    String searchFolder() default "/usr/share/sounds/sf2";
}
