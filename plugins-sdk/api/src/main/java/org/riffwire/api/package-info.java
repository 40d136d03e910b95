// SPDX-License-Identifier: Apache-2.0
/**
 * The plug-in SPI: {@link org.riffwire.api.PromptInterpreter}, {@link org.riffwire.api.Generator} and
 * {@link org.riffwire.api.Renderer} services, and the values that flow between them.
 *
 * <p>Services identify themselves with the {@code riffwire.name} service property; renderers also carry
 * {@code riffwire.format} (the file extension they write, without the dot). The annotations in
 * {@link org.riffwire.api.propertytypes} set these and the other properties the runtime reads.
 */
@Version("2.1.0")
@Export
package org.riffwire.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
