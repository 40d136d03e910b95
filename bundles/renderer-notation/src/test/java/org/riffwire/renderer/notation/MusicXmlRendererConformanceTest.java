// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.renderer.notation;

import org.riffwire.api.Renderer;
import org.riffwire.testkit.RendererConformance;

/** The MusicXML renderer against the SDK's renderer contract. */
class MusicXmlRendererConformanceTest extends RendererConformance {
    @Override
    protected Renderer renderer() {
        return new MusicXmlRenderer();
    }
}
