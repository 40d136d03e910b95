// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.music;

/** What a track does in the arrangement. */
public enum TrackRole {
    MELODY, COUNTERMELODY, HARMONY, BASS, DRUMS
}
