// SPDX-License-Identifier: GPL-3.0-or-later
/** The runtime's front door, used by the shell and the command line: generate, interpret, list. */
@Version("2.2.0")
@Export
package org.riffwire.core.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
