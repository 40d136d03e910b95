// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.midi;

import org.riffwire.api.Renderer;
import org.riffwire.testkit.RendererConformance;

/** The MIDI renderer against the SDK's renderer contract. */
class MidiRendererConformanceTest extends RendererConformance {
    @Override
    protected Renderer renderer() {
        return new MidiRenderer();
    }
}
