// SPDX-License-Identifier: Apache-2.0
package org.riffwire.api.spec;

/** How firmly a value was asked for. Stronger values win a merge; two different EXPLICIT values contradict. */
public enum Strength {
    /** A runtime or generator default: nothing in the prompt asked for it. */
    DEFAULT,
    /** Guessed from the prompt (a genre's usual tempo, a mood word's usual mode). */
    INFERRED,
    /** Stated by the prompt ("at 72 bpm", "only uses A, B, C#"): a hard constraint. */
    EXPLICIT
}
