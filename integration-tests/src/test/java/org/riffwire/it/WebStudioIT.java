// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riffwire.onnx.api.Json;

/** The JSON API against ./riffwire serve on loopback, as curl or another program uses it. */
class WebStudioIT {
    private static StudioServer server;

    @BeforeAll
    static void start() throws Exception {
        server = StudioServer.start("web-studio-it");
        kept = location(server.postJson("/api/generations", "{\"prompt\": \"a jig, 8 seconds\", \"formats\": [\"mid\"]}"));
        server.awaitEnd(kept, 60);
    }

    /** SIGTERM with work in flight: it is finished or cancelled, its record kept, and the process exits 0. */
    @AfterAll
    static void stop() throws Exception {
        if (server == null) {
            return;
        }
        String running = location(server.postJson("/api/generations",
                "{\"prompt\": \"a long symphony, 300 seconds\", \"formats\": [\"wav\"]}"));
        String queued = null;
        for (int i = 0; i < 2; i++) {
            queued = location(server.postJson("/api/generations", "{\"prompt\": \"a long symphony, 300 seconds\", "
                    + "\"seed\": " + i + ", \"formats\": [\"wav\"]}"));
        }
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline && !server.get(running).body().contains("\"status\":\"running\"")) {
            Thread.sleep(50);
        }
        assertEquals(0, server.stop(), "serve exits 0 on SIGTERM");
        assertFalse(server.stderr().contains("Exception"), server.stderr());
        for (String l : List.of(running, queued)) {
            Path record = server.home.resolve("http/results").resolve(l.substring(l.lastIndexOf('/') + 1))
                    .resolve("generation.json");
            String status = json(Files.readString(record)).get("status").toString();
            assertTrue(status.equals("done") || status.equals("failed"), l + " ended " + status);
        }
        // A restarted server, same home: the same token, and what was made before can still be read and fetched.
        try (StudioServer again = StudioServer.start("web-studio-it")) {
            assertEquals(server.token, again.token);
            Map<String, Object> before = json(again.get(kept).body());
            assertEquals("done", before.get("status"), before.toString());
            String url = ((Map<?, ?>) ((List<?>) before.get("files")).get(0)).get("url").toString();
            assertEquals(200, again.get(url).statusCode());
            HttpResponse<String> events = again.get(kept + "/events");
            assertTrue(events.body().contains("event: done"), events.body());
            assertEquals(0, again.stop());
        }
    }

    /** A generation made early, read again after a restart. */
    private static String kept;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) {
        return (Map<String, Object>) Json.parse(body, "the answer");
    }

    private static String location(HttpResponse<String> posted) {
        assertEquals(202, posted.statusCode(), posted.body());
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/api/generations/[a-z2-7]{26}"), location);
        assertEquals("queued", json(posted.body()).get("status"));
        return location;
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        List<String> sockets = StudioServer.listeners(server.port());
        assertEquals(List.of("127.0.0.1:" + server.port()), sockets);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(server.home.resolve("http/token"))));
        assertEquals(server.token, Files.readString(server.home.resolve("http/token")).trim());
    }

    @Test
    void everyApiCallNeedsTheToken() throws Exception {
        for (String path : List.of("/api/generations", "/api/pipelines", "/api/plugins", "/api/models", "/api/openapi.json")) {
            HttpResponse<String> r = server.http.send(HttpRequest.newBuilder(server.base.resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, r.statusCode(), path);
            assertTrue(json(r.body()).get("error").toString().contains("token"), r.body());
            assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        }
        HttpResponse<String> wrong = server.http.send(HttpRequest.newBuilder(server.base.resolve("/api/pipelines"))
                .header("Authorization", "Bearer " + server.token + "x").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> posted = server.http.send(HttpRequest.newBuilder(server.base.resolve("/api/generations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"x\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, posted.statusCode());
    }

    @Test
    void thePageTradesItsTokenForASameSiteCookie() throws Exception {
        HttpResponse<String> r = server.http.send(HttpRequest.newBuilder(java.net.URI.create(server.address)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, r.statusCode());
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("riffwire_token=" + server.token + ";"), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        HttpResponse<String> withCookie = server.http.send(HttpRequest.newBuilder(server.base.resolve("/api/pipelines"))
                .header("Cookie", "riffwire_token=" + server.token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, withCookie.statusCode());
        HttpResponse<String> page = server.http.send(HttpRequest.newBuilder(server.base.resolve("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<label for=\"prompt\">Prompt</label>"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertEquals(200, server.get("/vendor/abcjs/abcjs-basic-min.js").statusCode());
        assertEquals(200, server.get("/vendor/wavesurfer/wavesurfer.min.js").statusCode());
    }

    @Test
    void anotherSitesHostNameIsRefused() throws Exception {
        String answer = server.raw("GET /api/pipelines HTTP/1.1\r\nHost: rebind.example:" + server.port()
                + "\r\nAuthorization: Bearer " + server.token + "\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
        assertTrue(answer.contains("\"error\":\"the Host header 'rebind.example:"), answer);
        String page = server.raw("GET / HTTP/1.1\r\nHost: rebind.example\r\nConnection: close\r\n\r\n");
        assertTrue(page.startsWith("HTTP/1.1 403"), page);
        String local = server.raw("GET /api/pipelines HTTP/1.1\r\nHost: localhost:" + server.port()
                + "\r\nAuthorization: Bearer " + server.token + "\r\nConnection: close\r\n\r\n");
        assertTrue(local.startsWith("HTTP/1.1 200"), local);
    }

    @Test
    void aPromptBecomesFilesWithTheRightHeaders() throws Exception {
        String location = location(server.postJson("/api/generations", "{\"prompt\": \"a gentle folk song in D major "
                + "for flute and guitar at 100 bpm, 12 seconds\", \"seed\": 11, \"formats\": [\"mid\", \"wav\", \"abc\"], "
                + "\"verify\": true}"));
        Map<String, Object> g = json(server.awaitEnd(location, 120));
        assertEquals("done", g.get("status"), g.toString());
        assertEquals(11L, g.get("seed"));
        Map<?, ?> fields = (Map<?, ?>) ((Map<?, ?>) g.get("spec")).get("fields");
        Map<?, ?> tempo = (Map<?, ?>) fields.get("tempo");
        assertEquals(100.0, ((Number) tempo.get("value")).doubleValue());
        assertEquals("explicit", tempo.get("strength"));
        assertEquals("keyword", tempo.get("interpreter"));
        assertEquals(Boolean.TRUE, ((Map<?, ?>) g.get("verify")).get("passed"), g.get("verify").toString());
        List<?> files = (List<?>) g.get("files");
        assertEquals(3, files.size(), files.toString());
        Map<String, String> types = Map.of("mid", "audio/midi", "wav", "audio/wav", "abc", "text/vnd.abc");
        Path download = Files.createTempDirectory("riffwire-download");
        for (Object o : files) {
            Map<?, ?> f = (Map<?, ?>) o;
            HttpResponse<byte[]> r = server.http.send(server.request(f.get("url").toString()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode());
            String format = f.get("format").toString();
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(types.get(format)), format);
            assertEquals(String.valueOf(r.body().length), r.headers().firstValue("Content-Length").orElse(""));
            assertEquals(((Number) f.get("bytes")).longValue(), r.body().length);
            assertEquals("attachment; filename=\"" + f.get("name") + "\"",
                    r.headers().firstValue("Content-Disposition").orElse(""));
            Files.write(download.resolve(f.get("name").toString()), r.body());
        }
        Path midi = download.resolve(((Map<?, ?>) files.get(0)).get("name").toString());
        MidiFacts facts = new MidiFacts(midi.toFile());
        assertEquals(100.0, facts.tempo, 0.01);
        assertTrue(facts.programs().contains(73), "flute");
        String wav = ((Map<?, ?>) files.get(1)).get("url").toString();
        HttpResponse<byte[]> range = server.http.send(server.request(wav).header("Range", "bytes=0-43").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, range.statusCode());
        assertEquals(44, range.body().length);
        assertEquals("RIFF", new String(range.body(), 0, 4, StandardCharsets.US_ASCII));
        HttpResponse<String> roll = server.get(g.get("pianoRoll").toString());
        assertEquals(200, roll.statusCode());
        assertTrue(roll.body().contains("\"tracks\":[{"), roll.body());
    }

    @Test
    void theEventStreamTellsProgressAndTheEnd() throws Exception {
        String location = location(server.postJson("/api/generations",
                "{\"prompt\": \"a calm piano waltz in A minor, 10 seconds\", \"formats\": [\"mid\", \"wav\"]}"));
        HttpResponse<InputStream> stream = server.http.send(server.request(location + "/events").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<String> events = new ArrayList<>();
        StringBuilder lastData = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            String line;
            // The server closes the stream after the end event; readLine returns null then.
            while ((line = in.readLine()) != null) {
                if (line.startsWith("event: ")) {
                    events.add(line.substring(7));
                    lastData.setLength(0);
                } else if (line.startsWith("data: ")) {
                    lastData.append(line.substring(6)).append('\n');
                }
            }
        }
        assertEquals("done", events.get(events.size() - 1), events.toString());
        assertTrue(events.contains("progress"), events.toString());
        assertTrue(events.contains("status"), events.toString());
        Map<String, Object> end = json(lastData.toString());
        assertEquals("done", end.get("status"));
        assertEquals(2, ((List<?>) end.get("files")).size());
    }

    @Test
    void badRequestsGetOneLineJsonErrors() throws Exception {
        HttpResponse<String> badJson = server.postJson("/api/generations", "{\"prompt\": ");
        assertEquals(400, badJson.statusCode());
        assertTrue(json(badJson.body()).get("error").toString().startsWith("bad JSON"), badJson.body());

        HttpResponse<String> contradiction = server.postJson("/api/generations",
                "{\"prompt\": \"a slow song at 60 bpm at 180 bpm\"}");
        assertEquals(422, contradiction.statusCode());
        Map<String, Object> c = json(contradiction.body());
        assertTrue(c.get("error").toString().contains("\"at 60 bpm\"") && c.get("error").toString().contains("\"at 180 bpm\""),
                contradiction.body());
        Map<?, ?> conflict = (Map<?, ?>) ((List<?>) c.get("conflicts")).get(0);
        assertTrue(conflict.get("first").toString().contains("at 60 bpm"), conflict.toString());
        assertTrue(conflict.get("second").toString().contains("at 180 bpm"), conflict.toString());

        assertEquals(400, server.postJson("/api/generations", "{\"prompt\": \"x\", \"formats\": [\"mp3\"]}").statusCode());
        assertEquals(400, server.postJson("/api/generations", "{\"prompt\": \"x\", \"pipeline\": \"nope\"}").statusCode());
        assertEquals(400, server.postJson("/api/generations", "{\"prompt\": \"x\", \"seed\": \"one\"}").statusCode());
        assertEquals(400, server.postJson("/api/generations", "{\"words\": \"x\"}").statusCode());
        HttpResponse<String> big = server.postJson("/api/generations", "{\"prompt\": \"" + "a".repeat(70_000) + "\"}");
        assertEquals(413, big.statusCode());
        assertTrue(big.body().startsWith("{\"error\":"), big.body());
        HttpResponse<String> wrongMethod = server.http.send(server.request("/api/generations")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, wrongMethod.statusCode());
        assertTrue(server.isAlive());
    }

    @Test
    void unknownIdsAndFileNamesAre404AndNoPathLeavesTheResults() throws Exception {
        String location = location(server.postJson("/api/generations",
                "{\"prompt\": \"a march, 8 seconds\", \"formats\": [\"mid\"]}"));
        server.awaitEnd(location, 60);
        assertEquals(404, server.get("/api/generations/aaaaaaaaaaaaaaaaaaaaaaaaaa").statusCode());
        assertEquals(404, server.get("/api/generations/..").statusCode());
        assertEquals(404, server.get(location + "/files/generation.json").statusCode());
        assertEquals(404, server.get(location + "/files/nothing.mid").statusCode());
        assertEquals(404, server.get(location + "/files/..%2F..%2Ftoken").statusCode());
        assertEquals(404, server.get(location + "/files/%2e%2e%2f%2e%2e%2ftoken").statusCode());
        for (String path : List.of(location + "/files/../../token", location + "/files/..", "/api/generations/../http/token",
                "/../../etc/passwd", "/vendor/../../token")) {
            String answer = server.raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + server.token + "\r\nConnection: close\r\n\r\n");
            String status = answer.substring(9, 12);
            assertTrue(status.equals("404") || status.equals("400"), path + " answered " + answer);
            assertFalse(answer.contains(server.token.substring(0, 20)), path + " leaked the token");
        }
    }

    @Test
    void aPictureCanBeUploaded() throws Exception {
        Path root = Path.of(System.getProperty("riffwire.root"));
        byte[] picture = Files.readAllBytes(root.resolve("testdata/images/two-colours-lossless.webp"));
        String boundary = "riffwireBoundary7";
        StringBuilder head = new StringBuilder();
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\n")
                .append("8 seconds\r\n");
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"formats\"\r\n\r\nmid\r\n");
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"image\"; ")
                .append("filename=\"colours.webp\"\r\nContent-Type: image/webp\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + picture.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(picture, 0, body, start.length, picture.length);
        System.arraycopy(end, 0, body, start.length + picture.length, end.length);
        HttpResponse<String> posted = server.http.send(server.request("/api/generations")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Object> g = json(server.awaitEnd(location(posted), 60));
        assertEquals("done", g.get("status"), g.toString());
        assertEquals("colours.webp", g.get("image"));
        assertTrue(g.get("spec").toString().contains("interpreter=image"), g.get("spec").toString());

        String notAPicture = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"x.png\"\r\n"
                + "Content-Type: image/png\r\n\r\nnot a picture\r\n--" + boundary + "--\r\n";
        HttpResponse<String> refused = server.http.send(server.request("/api/generations")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(notAPicture)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("image 'x.png' is not a PNG, JPEG"), refused.body());
    }

    @Test
    void pipelinesAreComposedThroughTheSameRegistryAsTheShell() throws Exception {
        HttpResponse<String> put = server.http.send(server.request("/api/pipelines/web-waltz")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"interpreters\": [\"keyword\", \"notes\"], \"generator\": \"symbolic\", \"settings\": {\"meter\": \"3/4\", \"tempo\": 90}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, put.statusCode(), put.body());
        long deadline = System.currentTimeMillis() + 20_000;
        String listed = "";
        while (System.currentTimeMillis() < deadline && !listed.contains("\"name\":\"web-waltz\"")) {
            listed = server.get("/api/pipelines").body();
            Thread.sleep(100);
        }
        assertTrue(listed.contains("\"name\":\"web-waltz\""), listed);
        Map<String, Object> def = json(server.get("/api/pipelines/web-waltz").body());
        assertEquals(Map.of("meter", "3/4", "tempo", "90"), def.get("settings"));
        Map<String, Object> g = json(server.awaitEnd(location(server.postJson("/api/generations",
                "{\"prompt\": \"a dance, 8 seconds\", \"pipeline\": \"web-waltz\", \"formats\": [\"mid\"]}")), 60));
        assertEquals("done", g.get("status"), g.toString());
        assertTrue(g.get("spec").toString().contains("3/4"), g.get("spec").toString());
        assertEquals(400, server.http.send(server.request("/api/pipelines/bad%20name").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> deleted = server.http.send(server.request("/api/pipelines/web-waltz").DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, deleted.statusCode());
        assertEquals(404, server.get("/api/pipelines/web-waltz").statusCode());
        assertTrue(server.get("/api/plugins").body().contains("\"name\":\"symbolic\""));
        assertTrue(server.get("/api/models").body().contains("\"name\":\"riffwire-melody\""));
        assertTrue(server.get("/api/openapi.json").body().contains("\"openapi\":"));
    }

    @Test
    void aQueuedGenerationCanBeCancelledAndAGoneStreamCostsNothing() throws Exception {
        // Two long pieces keep both workers busy, so the third waits in the queue.
        List<String> long_ = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long_.add(location(server.postJson("/api/generations", "{\"prompt\": \"a long symphony, 240 seconds\", "
                    + "\"seed\": " + i + ", \"formats\": [\"wav\"]}")));
        }
        String waiting = location(server.postJson("/api/generations", "{\"prompt\": \"a short tune, 8 seconds\"}"));
        HttpResponse<InputStream> stream = server.http.send(server.request(long_.get(0) + "/events").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        stream.body().read(new byte[16]);
        stream.body().close();
        HttpResponse<String> cancelled = server.http.send(server.request(waiting).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, cancelled.statusCode(), cancelled.body());
        Map<String, Object> g = json(server.awaitEnd(waiting, 30));
        assertEquals("failed", g.get("status"));
        assertEquals("cancelled", g.get("errorKind"));
        for (String l : long_) {
            // 202: cancelled while it ran; 204: it had already ended, and its files are deleted.
            int code = server.http.send(server.request(l).DELETE().build(), HttpResponse.BodyHandlers.ofString()).statusCode();
            assertTrue(code == 202 || code == 204, l + " DELETE answered " + code);
            if (code == 202) {
                assertTrue(server.awaitEnd(l, 120).contains("\"status\":\""));
            }
        }
        Pattern streams = Pattern.compile("\"eventStreams\":(\\d+)");
        long deadline = System.currentTimeMillis() + 30_000;
        int open = -1;
        while (System.currentTimeMillis() < deadline && open != 0) {
            Matcher m = streams.matcher(server.get("/api/generations").body());
            open = m.find() ? Integer.parseInt(m.group(1)) : -1;
            Thread.sleep(200);
        }
        assertEquals(0, open, "the closed event stream was let go");
        assertEquals(204, server.http.send(server.request(waiting).DELETE().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(404, server.get(waiting).statusCode());
    }

    /** A copy of one of the runtime's own bundles dropped into plugins/ is refused, and deleting it costs nothing. */
    @Test
    void aDuplicateOfARuntimeBundleInPluginsIsRefusedAndItsDeletionHarmless() throws Exception {
        Path runtimeMidi;
        try (var jars = Files.list(RuntimeBundles.folder())) {
            runtimeMidi = jars.filter(p -> p.getFileName().toString().startsWith("org.riffwire.renderer-midi")).findFirst()
                    .orElseThrow();
        }
        Path copy = server.home.resolve("plugins/copy-of-midi.jar");
        Files.copy(runtimeMidi, copy);
        long deadline = System.currentTimeMillis() + 20_000;
        String listed = "";
        while (System.currentTimeMillis() < deadline && !listed.contains("refused: it duplicates org.riffwire.renderer-midi")) {
            Thread.sleep(200);
            listed = server.get("/api/plugins").body();
        }
        assertTrue(listed.contains("refused: it duplicates org.riffwire.renderer-midi"), listed);
        Files.delete(copy);
        // FileInstall polls every 500 ms: give it several rounds to act on the deletion.
        Thread.sleep(3_000);
        assertTrue(server.get("/api/plugins").body().contains("\"kind\":\"renderer\",\"name\":\"midi\""),
                "the runtime's MIDI renderer is still there");
        Map<String, Object> g = json(server.awaitEnd(location(server.postJson("/api/generations",
                "{\"prompt\": \"a reel, 8 seconds\", \"formats\": [\"mid\"]}")), 60));
        assertEquals("done", g.get("status"), g.toString());
    }

    @Test
    void underLoadNoRequestIsLost() throws Exception {
        Path root = Path.of(System.getProperty("riffwire.root"));
        Process load = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                root.resolve("bench/HttpLoad.java").toString(), "--url", server.base.toString(), "--token", server.token,
                "--clients", "24", "--requests", "72", "--seconds", "6", "--formats", "mid,wav", "--timeout", "300")
                .redirectErrorStream(true).start();
        String out = new String(load.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, load.waitFor(), out);
        Matcher m = Pattern.compile("RESULT done=(\\d+) failed=(\\d+) refused=(\\d+) lost=(\\d+)").matcher(out);
        assertTrue(m.find(), out);
        int done = Integer.parseInt(m.group(1));
        int refused = Integer.parseInt(m.group(3));
        assertEquals(0, Integer.parseInt(m.group(4)), out);
        assertEquals(72, done + Integer.parseInt(m.group(2)) + refused, out);
        assertTrue(done > 0 && refused > 0, "24 clients against 2 workers and a queue of 16 are both served and refused: "
                + out);
        System.out.println(out);
        assertTrue(server.isAlive());
    }
}
