// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.riffwire.onnx.api.ModelUnavailableException;
import org.riffwire.onnx.api.OnnxModel;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;

/**
 * ONNX Runtime inside Felix: the model bundle's all-MiniLM-L6-v2 is offered as a service and runs (the native
 * library loads from the onnx bundle), and a corrupt model in the models folder is reported, not fatal.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OnnxIT {
    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() throws Exception {
        Path home = Path.of(System.getProperty("riffwire.work"), "onnx-home");
        Files.createDirectories(home.resolve("models"));
        Files.writeString(home.resolve("models/broken.json"), "{\"name\": \"broken\", \"version\": \"1\", "
                + "\"kind\": \"sentence-embedding\", \"inputs\": [\"input_ids\"], \"outputs\": [\"x\"]}");
        Files.writeString(home.resolve("models/broken.onnx"), "not a model");
        return options(composite(RuntimeIT.runtimeBundles()), frameworkProperty("riffwire.home").value(home.toString()));
    }

    private OnnxModel model(String name) throws Exception {
        for (int i = 0; i < 500; i++) {
            Collection<ServiceReference<OnnxModel>> refs = context.getServiceReferences(OnnxModel.class,
                    "(riffwire.model.name=" + name + ")");
            if (!refs.isEmpty()) {
                return context.getService(refs.iterator().next());
            }
            Thread.sleep(10);
        }
        fail("no model service named " + name);
        return null;
    }

    @Test
    public void bundledSentenceModelRunsInFelix() throws Exception {
        Collection<ServiceReference<OnnxModel>> refs = context.getServiceReferences(OnnxModel.class,
                "(riffwire.model.kind=sentence-embedding)");
        OnnxModel minilm = model("all-minilm-l6-v2-q");
        assertTrue(refs.size() >= 1);
        assertTrue(minilm.descriptor().source().contains("org.riffwire.model-minilm"));
        float[][][] out = minilm.run((env, session) -> {
            long[][] ids = {{101, 7592, 2088, 102}};
            long[][] mask = {{1, 1, 1, 1}};
            long[][] types = {{0, 0, 0, 0}};
            try (OnnxTensor a = OnnxTensor.createTensor(env, ids); OnnxTensor b = OnnxTensor.createTensor(env, mask);
                    OnnxTensor c = OnnxTensor.createTensor(env, types);
                    OrtSession.Result r = session.run(Map.of("input_ids", a, "attention_mask", b, "token_type_ids", c))) {
                return (float[][][]) r.get(0).getValue();
            }
        });
        assertEquals(384, out[0][0].length);
        assertTrue(minilm.status(), minilm.status().startsWith("ready (loaded once"));
    }

    @Test
    public void corruptModelInTheFolderIsReportedAndTheRuntimeStaysUp() throws Exception {
        OnnxModel broken = model("broken");
        try {
            broken.run((env, session) -> session.getInputNames());
            fail("a corrupt model must not run");
        } catch (ModelUnavailableException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("broken") && e.getMessage().contains("cannot be loaded"));
        }
        assertTrue(broken.status(), broken.status().startsWith("unusable"));
        assertEquals("ready", model("all-minilm-l6-v2-q").run((env, session) -> "ready"));
    }
}
