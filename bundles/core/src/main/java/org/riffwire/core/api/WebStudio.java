// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.net.URI;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The web studio of a serving runtime, registered once its page and API answer: {@code riffwire serve} waits for
 * it and prints its address.
 */
@ProviderType
public interface WebStudio {
    /** The page's address with the access token in its query, for the person who started the server. */
    URI address();
}
