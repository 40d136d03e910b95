// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.onnx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;

/** Exports from {@code testdata/stable-diffusion} (see testdata/README.md), whole and broken. */
class StableDiffusionExportTest {
    private static final Path EXPORTS = Path.of(System.getProperty("riffwire.testdata", "../../testdata"), "stable-diffusion");

    @TempDir
    Path work;

    private Path copy(String name) throws IOException {
        Path target = work.resolve(name);
        try (Stream<Path> files = Files.walk(EXPORTS.resolve(name))) {
            for (Path f : files.toList()) {
                Path to = target.resolve(EXPORTS.resolve(name).relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }

    @Test
    void graphNamesAreReadWithoutLoadingTheModelAndMatchOnnxRuntimes() throws Exception {
        Path minilm = work.resolve("minilm.onnx");
        try (InputStream in = StableDiffusionExportTest.class.getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
            Files.copy(in, minilm);
        }
        OnnxGraphNames.Names names = OnnxGraphNames.read(minilm);
        try (OrtSession session = OrtEnvironment.getEnvironment().createSession(minilm.toString())) {
            assertEquals(List.copyOf(session.getInputNames()), names.inputs().stream().filter(session.getInputNames()::contains).toList());
            assertEquals(List.copyOf(session.getOutputNames()), names.outputs());
        }
        Path cut = work.resolve("cut.onnx");
        Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(minilm), 100));
        assertThrows(IOException.class, () -> OnnxGraphNames.read(cut));
    }

    @Test
    void aWholeExportIsOneModelOfFourPartsAndTheLegacyOneToo() throws Exception {
        StableDiffusionExport.Registration r = StableDiffusionExport.read(copy("tiny-sd"));
        assertEquals("stable-diffusion", r.descriptor().kind());
        assertEquals("tiny-sd", r.descriptor().name());
        assertEquals(List.of("text_encoder", "unet", "vae_decoder", "vae_encoder"), r.source().parts());
        assertEquals(List.of("text_encoder", "unet", "vae_decoder", "vae_encoder"),
                StableDiffusionExport.read(copy("tiny-sd-legacy")).source().parts());
        assertEquals(List.of("text_encoder", "unet", "vae_decoder"),
                StableDiffusionExport.read(copy("tiny-sd-no-encoder")).source().parts());
    }

    @Test
    void theTokenizerAndSchedulerFilesServedAreTheOnesReadAtRegistrationWhileTheFolderIsReplaced() throws Exception {
        Path export = copy("tiny-sd");
        Path scheduler = export.resolve("scheduler").resolve("scheduler_config.json");
        byte[] registered = Files.readAllBytes(scheduler);
        ModelSource source = StableDiffusionExport.read(export).source();
        Files.delete(scheduler);
        Files.delete(export.resolve("tokenizer").resolve("vocab.json"));
        try (InputStream in = source.open("scheduler/scheduler_config.json")) {
            assertTrue(java.util.Arrays.equals(registered, in.readAllBytes()));
        }
        try (InputStream in = source.open("tokenizer/vocab.json")) {
            assertTrue(in.readAllBytes().length > 0);
        }
    }

    @Test
    void aMissingPartOrAWrongTensorNameIsNamed() throws Exception {
        Path noUnet = copy("tiny-sd");
        Files.delete(noUnet.resolve("unet/model.onnx"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> StableDiffusionExport.read(noUnet));
        assertEquals("missing unet/model.onnx", missing.getMessage());

        Path wrong = work.resolve("wrong");
        Files.createDirectories(wrong);
        Path tiny = copy("tiny-sd");
        // A text encoder where the UNet should be: its input is input_ids, not sample.
        Files.copy(tiny.resolve("text_encoder/model.onnx"), tiny.resolve("unet/model.onnx"), StandardCopyOption.REPLACE_EXISTING);
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class, () -> StableDiffusionExport.read(tiny));
        assertEquals("unet/model.onnx has no input 'sample' (its inputs: input_ids)", name.getMessage());

        Path noTokenizer = copy("tiny-sd-legacy");
        Files.delete(noTokenizer.resolve("tokenizer/merges.txt"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StableDiffusionExport.read(noTokenizer)).getMessage()
                .equals("missing tokenizer/merges.txt"));
    }
}
