// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./riffwire serve --port 0} as a user starts it, in its own home folder: the address it prints, an HTTP
 * client with its token, and a clean stop by SIGTERM.
 */
final class StudioServer implements AutoCloseable {
    private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/\\?token=([A-Za-z0-9_-]+)");

    final Path home;
    final URI base;
    final String token;
    final String address;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Process process;
    private final Path stderr;

    private StudioServer(Path home, Process process, String address, Path stderr) {
        this.home = home;
        this.process = process;
        this.address = address;
        this.stderr = stderr;
        Matcher m = ADDRESS.matcher(address);
        if (!m.matches()) {
            throw new AssertionError("serve printed '" + address + "', not http://127.0.0.1:PORT/?token=TOKEN");
        }
        this.base = URI.create("http://127.0.0.1:" + m.group(1));
        this.token = m.group(2);
    }

    static StudioServer start(String name) throws Exception {
        Path root = Path.of(System.getProperty("riffwire.root")).toAbsolutePath().normalize();
        Path work = Files.createDirectories(Path.of(System.getProperty("riffwire.work"), name).toAbsolutePath());
        Path home = work.resolve("home");
        Path stderr = work.resolve("serve.err");
        ProcessBuilder pb = new ProcessBuilder(root.resolve("riffwire").toString(), "serve", "--port", "0")
                .directory(work.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("RIFFWIRE_HOME", home.toString());
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String address;
        try {
            address = line.get(90, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new AssertionError("serve printed no address within 90 s: " + Files.readString(stderr));
        }
        if (address == null) {
            throw new AssertionError("serve ended without an address: " + Files.readString(stderr));
        }
        // Whatever else it prints goes nowhere, so a full pipe never blocks it.
        Thread drain = new Thread(() -> {
            try {
                out.transferTo(java.io.Writer.nullWriter());
            } catch (IOException ignored) {
                // The process ended.
            }
        });
        drain.setDaemon(true);
        drain.start();
        return new StudioServer(home, p, address, stderr);
    }

    int port() {
        return base.getPort();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json) throws Exception {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request sent as raw bytes, for what HttpClient will not send (another Host, an unnormalised path). */
    String raw(String requestHead) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port())) {
            s.setSoTimeout(20_000);
            OutputStream o = s.getOutputStream();
            o.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
            o.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Polls a generation until it is done or failed. */
    String awaitEnd(String location, long seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> r = get(location);
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + location + " answered " + r.statusCode() + ": " + r.body());
            }
            if (r.body().contains("\"status\":\"done\"") || r.body().contains("\"status\":\"failed\"")) {
                return r.body();
            }
            Thread.sleep(100);
        }
        throw new AssertionError(location + " did not end within " + seconds + " s");
    }

    String stderr() throws IOException {
        return Files.readString(stderr);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, as a service manager stops it; the exit code. */
    int stop() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("serve did not stop within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            stop();
        }
    }

    /** The listening TCP sockets of a port, as "address:port" in /proc/net/tcp and tcp6 (what ss -ltn reads). */
    static List<String> listeners(int port) throws IOException {
        List<String> found = new java.util.ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                String[] local = f[1].split(":");
                if (f[3].equals("0A") && Integer.parseInt(local[1], 16) == port) {
                    found.add(table.endsWith("6") ? "ipv6:" + local[0] : ipv4(local[0]) + ":" + port);
                }
            }
        }
        return found;
    }

    private static String ipv4(String hex) {
        long v = Long.parseLong(hex, 16);
        return (v & 0xFF) + "." + (v >> 8 & 0xFF) + "." + (v >> 16 & 0xFF) + "." + (v >> 24 & 0xFF);
    }
}
