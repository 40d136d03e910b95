// SPDX-License-Identifier: Apache-2.0
/**
 * Component property types for plug-ins: {@code @Name("drone")}, {@code @Format("wav")},
 * {@code @Produces(Produces.AUDIO)}, {@code @Honours(exact = "tempo")}, {@code @Accepts(Accepts.IMAGE)} on a
 * Declarative Services component instead of string keys.
 */
@Version("2.0.0")
@Export
package org.riffwire.api.propertytypes;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
