// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.batch.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.riffwire.batch.io.ItemJson;
import org.riffwire.onnx.api.Json;
import org.riffwire.core.api.CancellationSignal;
import org.riffwire.core.api.Studio;

/**
 * Makes one item for a caller outside the framework, such as a Spark executor that embeds this runtime: a JDK
 * type as the service, so the caller needs none of Riffwire's classes. The request is one line of JSON,
 * {@code {"item": <ItemJson>, "out": "DIR", "verify": false}}; the answer is the item's manifest entry, the
 * files written into DIR as the local engine writes them.
 */
@Component(service = Function.class, property = ItemFunction.PROPERTY + "=true")
public final class ItemFunction implements Function<String, String> {
    /** The service property that tells this function from other Function services. */
    public static final String PROPERTY = "riffwire.batch.item";

    private final ItemWorker worker;

    @Activate
    public ItemFunction(@Reference Studio studio) {
        this.worker = new ItemWorker(studio);
    }

    @Override
    public String apply(String request) {
        Map<String, Object> fields = Json.object(request, "the request");
        Object item = fields.get("item");
        if (!(item instanceof Map<?, ?>) || !(fields.get("out") instanceof String out)) {
            throw new IllegalArgumentException("a request names an item and an out folder");
        }
        String itemJson = org.riffwire.core.api.JsonText.write(item);
        return worker.make(ItemJson.read(itemJson), Path.of(out), Boolean.TRUE.equals(fields.get("verify")),
                new CancellationSignal()).entry();
    }
}
