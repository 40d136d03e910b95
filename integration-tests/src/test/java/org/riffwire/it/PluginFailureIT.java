// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.riffwire.api.Generator;
import org.riffwire.api.Prompt;
import org.riffwire.core.api.GenerationRequest;
import org.riffwire.core.api.GenerationResult;
import org.riffwire.core.api.PipelineDefinition;
import org.riffwire.core.api.PipelineRegistry;
import org.riffwire.core.api.Studio;

/**
 * Misbehaving plug-ins fail only their own requests: a generator that throws is named in the error, one that
 * hangs is cancelled after the configured timeout, and a pipeline whose generator is briefly gone waits for it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginFailureIT {
    @Inject
    private Studio studio;

    @Inject
    private PipelineRegistry pipelines;

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() throws Exception {
        Path home = Path.of(System.getProperty("riffwire.work"), "failure-home");
        Files.createDirectories(home);
        return options(composite(RuntimeIT.runtimeBundles()), frameworkProperty("riffwire.home").value(home.toString()),
                frameworkProperty("riffwire.generation.timeout").value("2"));
    }

    private ServiceRegistration<Generator> register(String name, Generator generator) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("riffwire.name", name);
        return context.registerService(Generator.class, generator, props);
    }

    private Path out(String name) {
        return Path.of(System.getProperty("riffwire.work"), name);
    }

    @Test
    public void throwingAndHangingGeneratorsFailOnlyTheirOwnRequests() throws Exception {
        register("broken", (spec, ctx) -> {
            throw new IllegalStateException("out of ideas");
        });
        register("stuck", (spec, ctx) -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("woke up");
        });
        pipelines.save(new PipelineDefinition("broken", List.of("keyword"), "broken", List.of(), Map.of()));
        pipelines.save(new PipelineDefinition("stuck", List.of("keyword"), "stuck", List.of(), Map.of()));
        try {
            studio.generate(new GenerationRequest(Prompt.of("a waltz"), "broken", 1L, List.of(out("broken.mid")), false, null));
            fail("a throwing generator must fail its request");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("generator 'broken' failed") && e.getMessage().contains("out of ideas"));
        }
        long start = System.nanoTime();
        try {
            studio.generate(new GenerationRequest(Prompt.of("a waltz"), "stuck", 1L, List.of(out("stuck.mid")), false, null));
            fail("a hanging generator must be cancelled");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("did not finish within 2 s"));
        }
        assertTrue("cancelled at the timeout", (System.nanoTime() - start) / 1e9 < 10);
        assertTrue(Files.notExists(out("broken.mid")) && Files.notExists(out("stuck.mid")));
        GenerationResult fine = studio.generate(GenerationRequest.of("a waltz in A minor", List.of(out("fine.mid"))));
        assertTrue(Files.size(fine.files().get(0)) > 100);
    }

    @Test
    public void aPipelineWaitsBrieflyForItsGeneratorToReturn() throws Exception {
        Generator symbolic = context.getService(context.getServiceReferences(Generator.class, "(riffwire.name=symbolic)")
                .iterator().next());
        ServiceRegistration<Generator> first = register("flaky", symbolic);
        pipelines.save(new PipelineDefinition("flaky", List.of("keyword"), "flaky", List.of(), Map.of()));
        for (int i = 0; i < 500 && pipelines.list().stream().noneMatch(p -> p.name().equals("flaky") && p.ready()); i++) {
            Thread.sleep(10);
        }
        first.unregister();
        CompletableFuture<GenerationResult> pending = CompletableFuture.supplyAsync(() -> {
            try {
                return studio.generate(new GenerationRequest(Prompt.of("a march"), "flaky", 2L, List.of(out("flaky.mid")), false, null));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(700);
        register("flaky", symbolic);
        GenerationResult result = pending.get(20, TimeUnit.SECONDS);
        assertTrue(Files.size(result.files().get(0)) > 100);
    }
}
