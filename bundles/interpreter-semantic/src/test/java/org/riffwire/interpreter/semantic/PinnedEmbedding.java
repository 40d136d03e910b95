// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.interpreter.semantic;

/**
 * The first eight dimensions of the quantized all-MiniLM-L6-v2 embedding of "hello world", as this bundle's
 * tokenizer, ONNX Runtime 1.23.2 and mean pooling compute them; a change of model, tokenizer or pooling moves
 * them.
 */
final class PinnedEmbedding {
    static final float[] HELLO_WORLD = {-0.03568f, 0.02068f, 0.00470f, 0.02654f, -0.05029f, -0.16264f, 0.07464f, -0.00459f};

    private PinnedEmbedding() {
    }
}
