// SPDX-License-Identifier: Apache-2.0
/**
 * What a prompt asks for: {@link org.riffwire.api.spec.SpecPatch patches} from interpreters, each value with its
 * {@link org.riffwire.api.spec.Provenance provenance}, merged by one pure function into a
 * {@link org.riffwire.api.spec.MusicSpec}.
 */
@Version("2.2.0")
@Export
package org.riffwire.api.spec;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
